# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog):
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.resize(460, 298)
        self.verticalLayout = QVBoxLayout(ContactDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.atEditLabel = QLabel(ContactDialog)
        self.atEditLabel.setObjectName(u"atEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.atEditLabel)

        self.atEdit = QDateTimeEdit(ContactDialog)
        self.atEdit.setObjectName(u"atEdit")
        self.atEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.atEdit)

        self.channelComboLabel = QLabel(ContactDialog)
        self.channelComboLabel.setObjectName(u"channelComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelComboLabel)

        self.channelCombo = QComboBox(ContactDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.directionComboLabel = QLabel(ContactDialog)
        self.directionComboLabel.setObjectName(u"directionComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.directionComboLabel)

        self.directionCombo = QComboBox(ContactDialog)
        self.directionCombo.setObjectName(u"directionCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.outcomeComboLabel = QLabel(ContactDialog)
        self.outcomeComboLabel.setObjectName(u"outcomeComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.outcomeComboLabel)

        self.outcomeCombo = QComboBox(ContactDialog)
        self.outcomeCombo.setObjectName(u"outcomeCombo")
        self.outcomeCombo.setEditable(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.notesEditLabel = QLabel(ContactDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(ContactDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.authorisedLabelLabel = QLabel(ContactDialog)
        self.authorisedLabelLabel.setObjectName(u"authorisedLabelLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.authorisedLabelLabel)

        self.authorisedLabel = QLabel(ContactDialog)
        self.authorisedLabel.setObjectName(u"authorisedLabel")
        self.authorisedLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.authorisedLabel)

        self.errorLabel = QLabel(ContactDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ContactDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.atEditLabel.setBuddy(self.atEdit)
        self.channelComboLabel.setBuddy(self.channelCombo)
        self.directionComboLabel.setBuddy(self.directionCombo)
        self.outcomeComboLabel.setBuddy(self.outcomeCombo)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ContactDialog)
        self.buttonBox.accepted.connect(ContactDialog.accept)
        self.buttonBox.rejected.connect(ContactDialog.reject)

        QMetaObject.connectSlotsByName(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog):
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Registrar gesti\u00f3n de cobro", None))
        self.atEditLabel.setText(QCoreApplication.translate("ContactDialog", u"&Fecha y hora:", None))
        self.atEdit.setDisplayFormat(QCoreApplication.translate("ContactDialog", u"dd/MM/yyyy HH:mm", None))
        self.channelComboLabel.setText(QCoreApplication.translate("ContactDialog", u"&Canal:", None))
        self.directionComboLabel.setText(QCoreApplication.translate("ContactDialog", u"&Sentido:", None))
        self.outcomeComboLabel.setText(QCoreApplication.translate("ContactDialog", u"&Resultado:", None))
        self.notesEditLabel.setText(QCoreApplication.translate("ContactDialog", u"&Notas:", None))
        self.authorisedLabelLabel.setText(QCoreApplication.translate("ContactDialog", u"Canales autorizados:", None))
        self.errorLabel.setText("")
    # retranslateUi

