# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'payment_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(460, 196)
        self.verticalLayout = QVBoxLayout(PaymentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dateEditLabel = QLabel(PaymentDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(PaymentDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.amountEditLabel = QLabel(PaymentDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = QLineEdit(PaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.referenceEditLabel = QLabel(PaymentDialog)
        self.referenceEditLabel.setObjectName(u"referenceEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceEditLabel)

        self.referenceEdit = QLineEdit(PaymentDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.errorLabel = QLabel(PaymentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.referenceEditLabel.setBuddy(self.referenceEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaymentDialog)
        self.buttonBox.accepted.connect(PaymentDialog.accept)
        self.buttonBox.rejected.connect(PaymentDialog.reject)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Registrar pago (abono)", None))
        self.dateEditLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Fecha:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("PaymentDialog", u"dd/MM/yyyy", None))
        self.amountEditLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Valor:", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"$ 0,00", None))
        self.referenceEditLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Referencia:", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"consignaci\u00f3n, transferencia\u2026", None))
        self.errorLabel.setText("")
    # retranslateUi

