# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'party_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PartyDialog(object):
    def setupUi(self, PartyDialog):
        if not PartyDialog.objectName():
            PartyDialog.setObjectName(u"PartyDialog")
        PartyDialog.resize(560, 420)
        self.verticalLayout = QVBoxLayout(PartyDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.roleComboLabel = QLabel(PartyDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(PartyDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.nameEditLabel = QLabel(PartyDialog)
        self.nameEditLabel.setObjectName(u"nameEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameEditLabel)

        self.nameEdit = QLineEdit(PartyDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.idTypeComboLabel = QLabel(PartyDialog)
        self.idTypeComboLabel.setObjectName(u"idTypeComboLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idTypeComboLabel)

        self.idTypeCombo = QComboBox(PartyDialog)
        self.idTypeCombo.setObjectName(u"idTypeCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.idTypeCombo)

        self.idNumberEditLabel = QLabel(PartyDialog)
        self.idNumberEditLabel.setObjectName(u"idNumberEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.idNumberEditLabel)

        self.idNumberEdit = QLineEdit(PartyDialog)
        self.idNumberEdit.setObjectName(u"idNumberEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.idNumberEdit)

        self.addressEditLabel = QLabel(PartyDialog)
        self.addressEditLabel.setObjectName(u"addressEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressEditLabel)

        self.addressEdit = QLineEdit(PartyDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cityEditLabel = QLabel(PartyDialog)
        self.cityEditLabel.setObjectName(u"cityEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cityEditLabel)

        self.cityEdit = QLineEdit(PartyDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.emailEditLabel = QLabel(PartyDialog)
        self.emailEditLabel.setObjectName(u"emailEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.emailEditLabel)

        self.emailEdit = QLineEdit(PartyDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.emailSourceEditLabel = QLabel(PartyDialog)
        self.emailSourceEditLabel.setObjectName(u"emailSourceEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.emailSourceEditLabel)

        self.emailSourceEdit = QLineEdit(PartyDialog)
        self.emailSourceEdit.setObjectName(u"emailSourceEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.emailSourceEdit)

        self.phoneEditLabel = QLabel(PartyDialog)
        self.phoneEditLabel.setObjectName(u"phoneEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneEditLabel)

        self.phoneEdit = QLineEdit(PartyDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.phoneEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.channelsBox = QGroupBox(PartyDialog)
        self.channelsBox.setObjectName(u"channelsBox")
        self.channelsGrid = QGridLayout(self.channelsBox)
        self.channelsGrid.setObjectName(u"channelsGrid")
        self.channel_call = QCheckBox(self.channelsBox)
        self.channel_call.setObjectName(u"channel_call")

        self.channelsGrid.addWidget(self.channel_call, 0, 0, 1, 1)

        self.channel_sms = QCheckBox(self.channelsBox)
        self.channel_sms.setObjectName(u"channel_sms")

        self.channelsGrid.addWidget(self.channel_sms, 0, 1, 1, 1)

        self.channel_email = QCheckBox(self.channelsBox)
        self.channel_email.setObjectName(u"channel_email")

        self.channelsGrid.addWidget(self.channel_email, 0, 2, 1, 1)

        self.channel_whatsapp = QCheckBox(self.channelsBox)
        self.channel_whatsapp.setObjectName(u"channel_whatsapp")

        self.channelsGrid.addWidget(self.channel_whatsapp, 1, 0, 1, 1)

        self.channel_visit = QCheckBox(self.channelsBox)
        self.channel_visit.setObjectName(u"channel_visit")

        self.channelsGrid.addWidget(self.channel_visit, 1, 1, 1, 1)

        self.channel_letter = QCheckBox(self.channelsBox)
        self.channel_letter.setObjectName(u"channel_letter")

        self.channelsGrid.addWidget(self.channel_letter, 1, 2, 1, 1)


        self.verticalLayout.addWidget(self.channelsBox)

        self.errorLabel = QLabel(PartyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PartyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.roleComboLabel.setBuddy(self.roleCombo)
        self.nameEditLabel.setBuddy(self.nameEdit)
        self.idTypeComboLabel.setBuddy(self.idTypeCombo)
        self.idNumberEditLabel.setBuddy(self.idNumberEdit)
        self.addressEditLabel.setBuddy(self.addressEdit)
        self.cityEditLabel.setBuddy(self.cityEdit)
        self.emailEditLabel.setBuddy(self.emailEdit)
        self.emailSourceEditLabel.setBuddy(self.emailSourceEdit)
        self.phoneEditLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PartyDialog)
        self.buttonBox.accepted.connect(PartyDialog.accept)
        self.buttonBox.rejected.connect(PartyDialog.reject)

        QMetaObject.connectSlotsByName(PartyDialog)
    # setupUi

    def retranslateUi(self, PartyDialog):
        PartyDialog.setWindowTitle(QCoreApplication.translate("PartyDialog", u"Datos de la parte", None))
        self.roleComboLabel.setText(QCoreApplication.translate("PartyDialog", u"Ca&lidad:", None))
        self.nameEditLabel.setText(QCoreApplication.translate("PartyDialog", u"&Nombre completo:", None))
        self.idTypeComboLabel.setText(QCoreApplication.translate("PartyDialog", u"&Tipo de documento:", None))
        self.idNumberEditLabel.setText(QCoreApplication.translate("PartyDialog", u"N\u00fa&mero de documento:", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("PartyDialog", u"Sin puntos; el NIT con d\u00edgito de verificaci\u00f3n", None))
        self.addressEditLabel.setText(QCoreApplication.translate("PartyDialog", u"&Direcci\u00f3n de notificaci\u00f3n:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("PartyDialog", u"Carrera 7 # 45-10, apto 301", None))
        self.cityEditLabel.setText(QCoreApplication.translate("PartyDialog", u"C&iudad:", None))
        self.emailEditLabel.setText(QCoreApplication.translate("PartyDialog", u"&Correo electr\u00f3nico:", None))
        self.emailSourceEditLabel.setText(QCoreApplication.translate("PartyDialog", u"&Origen del correo:", None))
        self.emailSourceEdit.setPlaceholderText(QCoreApplication.translate("PartyDialog", u"D\u00f3nde se obtuvo (p. ej. solicitud de cr\u00e9dito)", None))
        self.phoneEditLabel.setText(QCoreApplication.translate("PartyDialog", u"T&el\u00e9fono:", None))
        self.channelsBox.setTitle(QCoreApplication.translate("PartyDialog", u"C&anales autorizados por el deudor (Ley 2300 de 2023)", None))
        self.channel_call.setText(QCoreApplication.translate("PartyDialog", u"Llamada", None))
        self.channel_sms.setText(QCoreApplication.translate("PartyDialog", u"SMS", None))
        self.channel_email.setText(QCoreApplication.translate("PartyDialog", u"Correo electr\u00f3nico", None))
        self.channel_whatsapp.setText(QCoreApplication.translate("PartyDialog", u"WhatsApp", None))
        self.channel_visit.setText(QCoreApplication.translate("PartyDialog", u"Visita", None))
        self.channel_letter.setText(QCoreApplication.translate("PartyDialog", u"Carta", None))
        self.errorLabel.setText("")
    # retranslateUi

