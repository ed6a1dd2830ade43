# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_debtor_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_HandoverDebtorPage(object):
    def setupUi(self, HandoverDebtorPage):
        if not HandoverDebtorPage.objectName():
            HandoverDebtorPage.setObjectName(u"HandoverDebtorPage")
        HandoverDebtorPage.resize(780, 480)
        self.form = QFormLayout(HandoverDebtorPage)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.accountRefLabel = QLabel(HandoverDebtorPage)
        self.accountRefLabel.setObjectName(u"accountRefLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.accountRefLabel)

        self.accountRefBox = QVBoxLayout()
        self.accountRefBox.setSpacing(1)
        self.accountRefBox.setObjectName(u"accountRefBox")
        self.accountRefInput = QLineEdit(HandoverDebtorPage)
        self.accountRefInput.setObjectName(u"accountRefInput")

        self.accountRefBox.addWidget(self.accountRefInput)

        self.accountRefError = QLabel(HandoverDebtorPage)
        self.accountRefError.setObjectName(u"accountRefError")
        self.accountRefError.setStyleSheet(u"color:#b91c1c;")
        self.accountRefError.setWordWrap(True)

        self.accountRefBox.addWidget(self.accountRefError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.accountRefBox)

        self.clientNameLabel = QLabel(HandoverDebtorPage)
        self.clientNameLabel.setObjectName(u"clientNameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clientNameLabel)

        self.clientNameBox = QVBoxLayout()
        self.clientNameBox.setSpacing(1)
        self.clientNameBox.setObjectName(u"clientNameBox")
        self.clientNameInput = QLineEdit(HandoverDebtorPage)
        self.clientNameInput.setObjectName(u"clientNameInput")

        self.clientNameBox.addWidget(self.clientNameInput)

        self.clientNameError = QLabel(HandoverDebtorPage)
        self.clientNameError.setObjectName(u"clientNameError")
        self.clientNameError.setStyleSheet(u"color:#b91c1c;")
        self.clientNameError.setWordWrap(True)

        self.clientNameBox.addWidget(self.clientNameError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.clientNameBox)

        self.clientIdLabel = QLabel(HandoverDebtorPage)
        self.clientIdLabel.setObjectName(u"clientIdLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clientIdLabel)

        self.clientIdBox = QVBoxLayout()
        self.clientIdBox.setSpacing(1)
        self.clientIdBox.setObjectName(u"clientIdBox")
        self.clientIdInput = QLineEdit(HandoverDebtorPage)
        self.clientIdInput.setObjectName(u"clientIdInput")

        self.clientIdBox.addWidget(self.clientIdInput)

        self.clientIdError = QLabel(HandoverDebtorPage)
        self.clientIdError.setObjectName(u"clientIdError")
        self.clientIdError.setStyleSheet(u"color:#b91c1c;")
        self.clientIdError.setWordWrap(True)

        self.clientIdBox.addWidget(self.clientIdError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.clientIdBox)

        self.nameLabel = QLabel(HandoverDebtorPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(1)
        self.nameBox.setObjectName(u"nameBox")
        self.nameInput = QLineEdit(HandoverDebtorPage)
        self.nameInput.setObjectName(u"nameInput")

        self.nameBox.addWidget(self.nameInput)

        self.nameError = QLabel(HandoverDebtorPage)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color:#b91c1c;")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.idTypeLabel = QLabel(HandoverDebtorPage)
        self.idTypeLabel.setObjectName(u"idTypeLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.idTypeLabel)

        self.idTypeBox = QVBoxLayout()
        self.idTypeBox.setSpacing(1)
        self.idTypeBox.setObjectName(u"idTypeBox")
        self.idTypeInput = QComboBox(HandoverDebtorPage)
        self.idTypeInput.setObjectName(u"idTypeInput")

        self.idTypeBox.addWidget(self.idTypeInput)

        self.idTypeError = QLabel(HandoverDebtorPage)
        self.idTypeError.setObjectName(u"idTypeError")
        self.idTypeError.setStyleSheet(u"color:#b91c1c;")
        self.idTypeError.setWordWrap(True)

        self.idTypeBox.addWidget(self.idTypeError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.idTypeBox)

        self.idNumberLabel = QLabel(HandoverDebtorPage)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberBox = QVBoxLayout()
        self.idNumberBox.setSpacing(1)
        self.idNumberBox.setObjectName(u"idNumberBox")
        self.idNumberInput = QLineEdit(HandoverDebtorPage)
        self.idNumberInput.setObjectName(u"idNumberInput")

        self.idNumberBox.addWidget(self.idNumberInput)

        self.idNumberError = QLabel(HandoverDebtorPage)
        self.idNumberError.setObjectName(u"idNumberError")
        self.idNumberError.setStyleSheet(u"color:#b91c1c;")
        self.idNumberError.setWordWrap(True)

        self.idNumberBox.addWidget(self.idNumberError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.idNumberBox)

        self.addressLabel = QLabel(HandoverDebtorPage)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressBox = QVBoxLayout()
        self.addressBox.setSpacing(1)
        self.addressBox.setObjectName(u"addressBox")
        self.addressInput = QLineEdit(HandoverDebtorPage)
        self.addressInput.setObjectName(u"addressInput")

        self.addressBox.addWidget(self.addressInput)

        self.addressError = QLabel(HandoverDebtorPage)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setStyleSheet(u"color:#b91c1c;")
        self.addressError.setWordWrap(True)

        self.addressBox.addWidget(self.addressError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.addressBox)

        self.cityLabel = QLabel(HandoverDebtorPage)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityBox = QVBoxLayout()
        self.cityBox.setSpacing(1)
        self.cityBox.setObjectName(u"cityBox")
        self.cityInput = QLineEdit(HandoverDebtorPage)
        self.cityInput.setObjectName(u"cityInput")

        self.cityBox.addWidget(self.cityInput)

        self.cityError = QLabel(HandoverDebtorPage)
        self.cityError.setObjectName(u"cityError")
        self.cityError.setStyleSheet(u"color:#b91c1c;")
        self.cityError.setWordWrap(True)

        self.cityBox.addWidget(self.cityError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.cityBox)

        self.emailLabel = QLabel(HandoverDebtorPage)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setSpacing(1)
        self.emailBox.setObjectName(u"emailBox")
        self.emailInput = QLineEdit(HandoverDebtorPage)
        self.emailInput.setObjectName(u"emailInput")

        self.emailBox.addWidget(self.emailInput)

        self.emailError = QLabel(HandoverDebtorPage)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setStyleSheet(u"color:#b91c1c;")
        self.emailError.setWordWrap(True)

        self.emailBox.addWidget(self.emailError)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.emailSourceLabel = QLabel(HandoverDebtorPage)
        self.emailSourceLabel.setObjectName(u"emailSourceLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.emailSourceLabel)

        self.emailSourceBox = QVBoxLayout()
        self.emailSourceBox.setSpacing(1)
        self.emailSourceBox.setObjectName(u"emailSourceBox")
        self.emailSourceInput = QLineEdit(HandoverDebtorPage)
        self.emailSourceInput.setObjectName(u"emailSourceInput")

        self.emailSourceBox.addWidget(self.emailSourceInput)

        self.emailSourceError = QLabel(HandoverDebtorPage)
        self.emailSourceError.setObjectName(u"emailSourceError")
        self.emailSourceError.setStyleSheet(u"color:#b91c1c;")
        self.emailSourceError.setWordWrap(True)

        self.emailSourceBox.addWidget(self.emailSourceError)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.emailSourceBox)

        self.phoneLabel = QLabel(HandoverDebtorPage)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setSpacing(1)
        self.phoneBox.setObjectName(u"phoneBox")
        self.phoneInput = QLineEdit(HandoverDebtorPage)
        self.phoneInput.setObjectName(u"phoneInput")

        self.phoneBox.addWidget(self.phoneInput)

        self.phoneError = QLabel(HandoverDebtorPage)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color:#b91c1c;")
        self.phoneError.setWordWrap(True)

        self.phoneBox.addWidget(self.phoneError)


        self.form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.phoneBox)

        self.channelsLabel = QLabel(HandoverDebtorPage)
        self.channelsLabel.setObjectName(u"channelsLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.channelsLabel)

        self.channelsBox = QVBoxLayout()
        self.channelsBox.setSpacing(1)
        self.channelsBox.setObjectName(u"channelsBox")
        self.channelsInput = QWidget(HandoverDebtorPage)
        self.channelsInput.setObjectName(u"channelsInput")
        self.channelsLayout = QHBoxLayout(self.channelsInput)
        self.channelsLayout.setObjectName(u"channelsLayout")
        self.channelsLayout.setContentsMargins(0, 0, 0, 0)

        self.channelsBox.addWidget(self.channelsInput)

        self.channelsError = QLabel(HandoverDebtorPage)
        self.channelsError.setObjectName(u"channelsError")
        self.channelsError.setStyleSheet(u"color:#b91c1c;")
        self.channelsError.setWordWrap(True)

        self.channelsBox.addWidget(self.channelsError)


        self.form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.channelsBox)

        self.formSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form.setItem(12, QFormLayout.ItemRole.SpanningRole, self.formSpacer)

#if QT_CONFIG(shortcut)
        self.accountRefLabel.setBuddy(self.accountRefInput)
        self.clientNameLabel.setBuddy(self.clientNameInput)
        self.clientIdLabel.setBuddy(self.clientIdInput)
        self.nameLabel.setBuddy(self.nameInput)
        self.idTypeLabel.setBuddy(self.idTypeInput)
        self.idNumberLabel.setBuddy(self.idNumberInput)
        self.addressLabel.setBuddy(self.addressInput)
        self.cityLabel.setBuddy(self.cityInput)
        self.emailLabel.setBuddy(self.emailInput)
        self.emailSourceLabel.setBuddy(self.emailSourceInput)
        self.phoneLabel.setBuddy(self.phoneInput)
        self.channelsLabel.setBuddy(self.channelsInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.accountRefInput, self.clientNameInput)
        QWidget.setTabOrder(self.clientNameInput, self.clientIdInput)
        QWidget.setTabOrder(self.clientIdInput, self.nameInput)
        QWidget.setTabOrder(self.nameInput, self.idTypeInput)
        QWidget.setTabOrder(self.idTypeInput, self.idNumberInput)
        QWidget.setTabOrder(self.idNumberInput, self.addressInput)
        QWidget.setTabOrder(self.addressInput, self.cityInput)
        QWidget.setTabOrder(self.cityInput, self.emailInput)
        QWidget.setTabOrder(self.emailInput, self.emailSourceInput)
        QWidget.setTabOrder(self.emailSourceInput, self.phoneInput)
        QWidget.setTabOrder(self.phoneInput, self.channelsInput)

        self.retranslateUi(HandoverDebtorPage)

        QMetaObject.connectSlotsByName(HandoverDebtorPage)
    # setupUi

    def retranslateUi(self, HandoverDebtorPage):
        HandoverDebtorPage.setTitle(QCoreApplication.translate("HandoverDebtorPage", u"Deudor", None))
        HandoverDebtorPage.setSubTitle(QCoreApplication.translate("HandoverDebtorPage", u"Obligaci\u00f3n y datos del deudor tal como constan en el t\u00edtulo.", None))
        self.accountRefLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"N\u00famero de o&bligaci\u00f3n *", None))
        self.clientNameLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"Acr&eedor", None))
        self.clientIdLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"NIT del ac&reedor", None))
        self.nameLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"Nombre o raz\u00f3n &social *", None))
        self.idTypeLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"&Tipo de documento *", None))
        self.idNumberLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"N\u00famero de docu&mento *", None))
        self.addressLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"&Direcci\u00f3n", None))
        self.cityLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"Ci&udad", None))
        self.emailLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"&Correo electr\u00f3nico", None))
        self.emailSourceLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"&Origen del correo", None))
        self.emailSourceInput.setPlaceholderText(QCoreApplication.translate("HandoverDebtorPage", u"p. ej. solicitud de cr\u00e9dito", None))
        self.phoneLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"Te&l\u00e9fono", None))
        self.channelsLabel.setText(QCoreApplication.translate("HandoverDebtorPage", u"Canales autori&zados", None))
#if QT_CONFIG(tooltip)
        self.channelsInput.setToolTip(QCoreApplication.translate("HandoverDebtorPage", u"Medios por los que el deudor autoriz\u00f3 ser contactado (Ley 2300 de 2023)", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

