# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'creditor_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_CreditorDialog(object):
    def setupUi(self, CreditorDialog):
        if not CreditorDialog.objectName():
            CreditorDialog.setObjectName(u"CreditorDialog")
        CreditorDialog.resize(560, 330)
        self.verticalLayout = QVBoxLayout(CreditorDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.infoLabel = QLabel(CreditorDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.infoLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.nameEditLabel = QLabel(CreditorDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(CreditorDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idNumberEditLabel = QLabel(CreditorDialog)
        self.idNumberEditLabel.setObjectName(u"idNumberEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idNumberEditLabel)

        self.idNumberEdit = QLineEdit(CreditorDialog)
        self.idNumberEdit.setObjectName(u"idNumberEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.addressEditLabel = QLabel(CreditorDialog)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(CreditorDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cityEditLabel = QLabel(CreditorDialog)
        self.cityEditLabel.setObjectName(u"cityEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cityEditLabel)

        self.cityEdit = QLineEdit(CreditorDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.emailEditLabel = QLabel(CreditorDialog)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(CreditorDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.representativeEditLabel = QLabel(CreditorDialog)
        self.representativeEditLabel.setObjectName(u"representativeEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.representativeEditLabel)

        self.representativeEdit = QLineEdit(CreditorDialog)
        self.representativeEdit.setObjectName(u"representativeEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.representativeEdit)

        self.representativeIdEditLabel = QLabel(CreditorDialog)
        self.representativeIdEditLabel.setObjectName(u"representativeIdEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.representativeIdEditLabel)

        self.representativeIdEdit = QLineEdit(CreditorDialog)
        self.representativeIdEdit.setObjectName(u"representativeIdEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.representativeIdEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CreditorDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CreditorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.idNumberEditLabel.setBuddy(self.idNumberEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.cityEditLabel.setBuddy(self.cityEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.representativeEditLabel.setBuddy(self.representativeEdit)
        self.representativeIdEditLabel.setBuddy(self.representativeIdEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CreditorDialog)
        self.buttonBox.accepted.connect(CreditorDialog.accept)
        self.buttonBox.rejected.connect(CreditorDialog.reject)

        QMetaObject.connectSlotsByName(CreditorDialog)
    # setupUi

    def retranslateUi(self, CreditorDialog):
        CreditorDialog.setWindowTitle(QCoreApplication.translate("CreditorDialog", u"Datos del acreedor", None))
        self.infoLabel.setText(QCoreApplication.translate("CreditorDialog", u"El poder y la demanda citan estos datos del acreedor; valen para todos sus expedientes.", None))
        self.nameEditLabel.setText(QCoreApplication.translate("CreditorDialog", u"&Raz\u00f3n social:", None))
        self.idNumberEditLabel.setText(QCoreApplication.translate("CreditorDialog", u"NI&T:", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("CreditorDialog", u"Con d\u00edgito de verificaci\u00f3n, p. ej. 900123456-8", None))
        self.addressEditLabel.setText(QCoreApplication.translate("CreditorDialog", u"&Direcci\u00f3n de notificaci\u00f3n:", None))
        self.cityEditLabel.setText(QCoreApplication.translate("CreditorDialog", u"C&iudad:", None))
        self.emailEditLabel.setText(QCoreApplication.translate("CreditorDialog", u"Corr&eo de notificaciones:", None))
        self.representativeEditLabel.setText(QCoreApplication.translate("CreditorDialog", u"Representante &legal:", None))
        self.representativeIdEditLabel.setText(QCoreApplication.translate("CreditorDialog", u"C\u00e9dula del re&presentante:", None))
        self.errorLabel.setText("")
    # retranslateUi

