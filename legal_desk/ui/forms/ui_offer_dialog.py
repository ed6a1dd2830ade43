# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'offer_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_OfferDialog(object):
    def setupUi(self, OfferDialog):
        if not OfferDialog.objectName():
            OfferDialog.setObjectName(u"OfferDialog")
        OfferDialog.resize(460, 366)
        self.verticalLayout = QVBoxLayout(OfferDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.parentLabel = QLabel(OfferDialog)
        self.parentLabel.setObjectName(u"parentLabel")
        self.parentLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.parentLabel)

        self.partyComboLabel = QLabel(OfferDialog)
        self.partyComboLabel.setObjectName(u"partyComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.partyComboLabel)

        self.partyCombo = QComboBox(OfferDialog)
        self.partyCombo.setObjectName(u"partyCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.partyCombo)

        self.amountEditLabel = QLabel(OfferDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = QLineEdit(OfferDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.instalmentsSpinLabel = QLabel(OfferDialog)
        self.instalmentsSpinLabel.setObjectName(u"instalmentsSpinLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.instalmentsSpinLabel)

        self.instalmentsSpin = QSpinBox(OfferDialog)
        self.instalmentsSpin.setObjectName(u"instalmentsSpin")
        self.instalmentsSpin.setMinimum(1)
        self.instalmentsSpin.setMaximum(360)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.instalmentsSpin)

        self.madeEditLabel = QLabel(OfferDialog)
        self.madeEditLabel.setObjectName(u"madeEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.madeEditLabel)

        self.madeEdit = QDateEdit(OfferDialog)
        self.madeEdit.setObjectName(u"madeEdit")
        self.madeEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.madeEdit)

        self.expiresCheckLabel = QLabel(OfferDialog)
        self.expiresCheckLabel.setObjectName(u"expiresCheckLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.expiresCheckLabel)

        self.expiresCheck = QCheckBox(OfferDialog)
        self.expiresCheck.setObjectName(u"expiresCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.expiresCheck)

        self.expiresEditLabel = QLabel(OfferDialog)
        self.expiresEditLabel.setObjectName(u"expiresEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.expiresEditLabel)

        self.expiresEdit = QDateEdit(OfferDialog)
        self.expiresEdit.setObjectName(u"expiresEdit")
        self.expiresEdit.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.expiresEdit)

        self.notesEditLabel = QLabel(OfferDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(OfferDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.errorLabel = QLabel(OfferDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(OfferDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.partyComboLabel.setBuddy(self.partyCombo)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.instalmentsSpinLabel.setBuddy(self.instalmentsSpin)
        self.madeEditLabel.setBuddy(self.madeEdit)
        self.expiresEditLabel.setBuddy(self.expiresEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OfferDialog)
        self.buttonBox.accepted.connect(OfferDialog.accept)
        self.buttonBox.rejected.connect(OfferDialog.reject)

        QMetaObject.connectSlotsByName(OfferDialog)
    # setupUi

    def retranslateUi(self, OfferDialog):
        OfferDialog.setWindowTitle(QCoreApplication.translate("OfferDialog", u"Propuesta de arreglo", None))
        self.partyComboLabel.setText(QCoreApplication.translate("OfferDialog", u"&Propone:", None))
        self.amountEditLabel.setText(QCoreApplication.translate("OfferDialog", u"&Valor:", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("OfferDialog", u"$ 0,00", None))
        self.instalmentsSpinLabel.setText(QCoreApplication.translate("OfferDialog", u"N\u00famero de c&uotas:", None))
        self.madeEditLabel.setText(QCoreApplication.translate("OfferDialog", u"&Fecha:", None))
        self.madeEdit.setDisplayFormat(QCoreApplication.translate("OfferDialog", u"dd/MM/yyyy", None))
        self.expiresCheckLabel.setText("")
        self.expiresCheck.setText(QCoreApplication.translate("OfferDialog", u"V&ence", None))
        self.expiresEditLabel.setText(QCoreApplication.translate("OfferDialog", u"Ven&ce el:", None))
        self.expiresEdit.setDisplayFormat(QCoreApplication.translate("OfferDialog", u"dd/MM/yyyy", None))
        self.notesEditLabel.setText(QCoreApplication.translate("OfferDialog", u"&Notas:", None))
        self.errorLabel.setText("")
    # retranslateUi

