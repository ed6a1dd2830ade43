# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'receipt_dialog.ui'
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
    QLineEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ReceiptDialog(object):
    def setupUi(self, ReceiptDialog):
        if not ReceiptDialog.objectName():
            ReceiptDialog.setObjectName(u"ReceiptDialog")
        ReceiptDialog.resize(460, 298)
        self.verticalLayout = QVBoxLayout(ReceiptDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.noticeLabel = QLabel(ReceiptDialog)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.noticeLabel)

        self.resultComboLabel = QLabel(ReceiptDialog)
        self.resultComboLabel.setObjectName(u"resultComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.resultComboLabel)

        self.resultCombo = QComboBox(ReceiptDialog)
        self.resultCombo.setObjectName(u"resultCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.resultCombo)

        self.dateEditLabel = QLabel(ReceiptDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(ReceiptDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.proofEditLabel = QLabel(ReceiptDialog)
        self.proofEditLabel.setObjectName(u"proofEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.proofEditLabel)

        self.proofEdit = QLineEdit(ReceiptDialog)
        self.proofEdit.setObjectName(u"proofEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.proofEdit)

        self.browseButtonLabel = QLabel(ReceiptDialog)
        self.browseButtonLabel.setObjectName(u"browseButtonLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.browseButtonLabel)

        self.browseButton = QPushButton(ReceiptDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.browseButton)

        self.returnReasonEditLabel = QLabel(ReceiptDialog)
        self.returnReasonEditLabel.setObjectName(u"returnReasonEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.returnReasonEditLabel)

        self.returnReasonEdit = QLineEdit(ReceiptDialog)
        self.returnReasonEdit.setObjectName(u"returnReasonEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.returnReasonEdit)

        self.errorLabel = QLabel(ReceiptDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(ReceiptDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.resultComboLabel.setBuddy(self.resultCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.proofEditLabel.setBuddy(self.proofEdit)
        self.returnReasonEditLabel.setBuddy(self.returnReasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReceiptDialog)
        self.buttonBox.accepted.connect(ReceiptDialog.accept)
        self.buttonBox.rejected.connect(ReceiptDialog.reject)

        QMetaObject.connectSlotsByName(ReceiptDialog)
    # setupUi

    def retranslateUi(self, ReceiptDialog):
        ReceiptDialog.setWindowTitle(QCoreApplication.translate("ReceiptDialog", u"Constancia de entrega", None))
        self.resultComboLabel.setText(QCoreApplication.translate("ReceiptDialog", u"&Resultado:", None))
        self.dateEditLabel.setText(QCoreApplication.translate("ReceiptDialog", u"&Fecha de entrega:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ReceiptDialog", u"dd/MM/yyyy", None))
        self.proofEditLabel.setText(QCoreApplication.translate("ReceiptDialog", u"&Constancia de entrega:", None))
        self.proofEdit.setPlaceholderText(QCoreApplication.translate("ReceiptDialog", u"certificado de entrega, acuse de recibo o .eml", None))
        self.browseButtonLabel.setText("")
        self.browseButton.setText(QCoreApplication.translate("ReceiptDialog", u"&Elegir archivo\u2026", None))
        self.returnReasonEditLabel.setText(QCoreApplication.translate("ReceiptDialog", u"&Motivo de devoluci\u00f3n:", None))
        self.errorLabel.setText("")
    # retranslateUi

