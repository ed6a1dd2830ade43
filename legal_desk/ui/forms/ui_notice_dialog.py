# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'notice_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_NoticeDialog(object):
    def setupUi(self, NoticeDialog):
        if not NoticeDialog.objectName():
            NoticeDialog.setObjectName(u"NoticeDialog")
        NoticeDialog.resize(460, 332)
        self.verticalLayout = QVBoxLayout(NoticeDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindComboLabel = QLabel(NoticeDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(NoticeDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.channelComboLabel = QLabel(NoticeDialog)
        self.channelComboLabel.setObjectName(u"channelComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.channelComboLabel)

        self.channelCombo = QComboBox(NoticeDialog)
        self.channelCombo.setObjectName(u"channelCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.sentEditLabel = QLabel(NoticeDialog)
        self.sentEditLabel.setObjectName(u"sentEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sentEditLabel)

        self.sentEdit = QDateEdit(NoticeDialog)
        self.sentEdit.setObjectName(u"sentEdit")
        self.sentEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sentEdit)

        self.carrierEditLabel = QLabel(NoticeDialog)
        self.carrierEditLabel.setObjectName(u"carrierEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.carrierEditLabel)

        self.carrierEdit = QLineEdit(NoticeDialog)
        self.carrierEdit.setObjectName(u"carrierEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.carrierEdit)

        self.trackingEditLabel = QLabel(NoticeDialog)
        self.trackingEditLabel.setObjectName(u"trackingEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.trackingEditLabel)

        self.trackingEdit = QLineEdit(NoticeDialog)
        self.trackingEdit.setObjectName(u"trackingEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.trackingEdit)

        self.recipientEditLabel = QLabel(NoticeDialog)
        self.recipientEditLabel.setObjectName(u"recipientEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.recipientEditLabel)

        self.recipientEdit = QLineEdit(NoticeDialog)
        self.recipientEdit.setObjectName(u"recipientEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.recipientEdit)

        self.notesEditLabel = QLabel(NoticeDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(NoticeDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.errorLabel = QLabel(NoticeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(NoticeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.channelComboLabel.setBuddy(self.channelCombo)
        self.sentEditLabel.setBuddy(self.sentEdit)
        self.carrierEditLabel.setBuddy(self.carrierEdit)
        self.trackingEditLabel.setBuddy(self.trackingEdit)
        self.recipientEditLabel.setBuddy(self.recipientEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(NoticeDialog)
        self.buttonBox.accepted.connect(NoticeDialog.accept)
        self.buttonBox.rejected.connect(NoticeDialog.reject)

        QMetaObject.connectSlotsByName(NoticeDialog)
    # setupUi

    def retranslateUi(self, NoticeDialog):
        NoticeDialog.setWindowTitle(QCoreApplication.translate("NoticeDialog", u"Registrar comunicaci\u00f3n enviada", None))
        self.kindComboLabel.setText(QCoreApplication.translate("NoticeDialog", u"&Tipo:", None))
        self.channelComboLabel.setText(QCoreApplication.translate("NoticeDialog", u"&Canal:", None))
        self.sentEditLabel.setText(QCoreApplication.translate("NoticeDialog", u"&Fecha de env\u00edo:", None))
        self.sentEdit.setDisplayFormat(QCoreApplication.translate("NoticeDialog", u"dd/MM/yyyy", None))
        self.carrierEditLabel.setText(QCoreApplication.translate("NoticeDialog", u"&Empresa de mensajer\u00eda:", None))
        self.carrierEdit.setPlaceholderText(QCoreApplication.translate("NoticeDialog", u"p. ej. 4-72, Servientrega", None))
        self.trackingEditLabel.setText(QCoreApplication.translate("NoticeDialog", u"N\u00famero de &gu\u00eda:", None))
        self.recipientEditLabel.setText(QCoreApplication.translate("NoticeDialog", u"&Destinatario:", None))
        self.notesEditLabel.setText(QCoreApplication.translate("NoticeDialog", u"&Notas:", None))
        self.errorLabel.setText("")
    # retranslateUi

