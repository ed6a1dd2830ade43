# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'embargo_advance_dialog.ui'
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

class Ui_EmbargoAdvanceDialog(object):
    def setupUi(self, EmbargoAdvanceDialog):
        if not EmbargoAdvanceDialog.objectName():
            EmbargoAdvanceDialog.setObjectName(u"EmbargoAdvanceDialog")
        EmbargoAdvanceDialog.resize(460, 264)
        self.verticalLayout = QVBoxLayout(EmbargoAdvanceDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.currentLabel = QLabel(EmbargoAdvanceDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.currentLabel)

        self.statusComboLabel = QLabel(EmbargoAdvanceDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(EmbargoAdvanceDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.dateEditLabel = QLabel(EmbargoAdvanceDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(EmbargoAdvanceDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.oficioEditLabel = QLabel(EmbargoAdvanceDialog)
        self.oficioEditLabel.setObjectName(u"oficioEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.oficioEditLabel)

        self.oficioEdit = QLineEdit(EmbargoAdvanceDialog)
        self.oficioEdit.setObjectName(u"oficioEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.oficioEdit)

        self.notesEditLabel = QLabel(EmbargoAdvanceDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(EmbargoAdvanceDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.errorLabel = QLabel(EmbargoAdvanceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(EmbargoAdvanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.oficioEditLabel.setBuddy(self.oficioEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EmbargoAdvanceDialog)
        self.buttonBox.accepted.connect(EmbargoAdvanceDialog.accept)
        self.buttonBox.rejected.connect(EmbargoAdvanceDialog.reject)

        QMetaObject.connectSlotsByName(EmbargoAdvanceDialog)
    # setupUi

    def retranslateUi(self, EmbargoAdvanceDialog):
        EmbargoAdvanceDialog.setWindowTitle(QCoreApplication.translate("EmbargoAdvanceDialog", u"Avanzar medida cautelar", None))
        self.statusComboLabel.setText(QCoreApplication.translate("EmbargoAdvanceDialog", u"Nuevo &estado:", None))
        self.dateEditLabel.setText(QCoreApplication.translate("EmbargoAdvanceDialog", u"&Fecha:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("EmbargoAdvanceDialog", u"dd/MM/yyyy", None))
        self.oficioEditLabel.setText(QCoreApplication.translate("EmbargoAdvanceDialog", u"N\u00famero de &oficio:", None))
        self.notesEditLabel.setText(QCoreApplication.translate("EmbargoAdvanceDialog", u"&Notas:", None))
        self.errorLabel.setText("")
    # retranslateUi

