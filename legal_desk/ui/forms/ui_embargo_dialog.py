# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'embargo_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_EmbargoDialog(object):
    def setupUi(self, EmbargoDialog):
        if not EmbargoDialog.objectName():
            EmbargoDialog.setObjectName(u"EmbargoDialog")
        EmbargoDialog.resize(460, 264)
        self.verticalLayout = QVBoxLayout(EmbargoDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.assetComboLabel = QLabel(EmbargoDialog)
        self.assetComboLabel.setObjectName(u"assetComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assetComboLabel)

        self.assetCombo = QComboBox(EmbargoDialog)
        self.assetCombo.setObjectName(u"assetCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.assetCombo)

        self.descriptionEditLabel = QLabel(EmbargoDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QLineEdit(EmbargoDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.registrarEditLabel = QLabel(EmbargoDialog)
        self.registrarEditLabel.setObjectName(u"registrarEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.registrarEditLabel)

        self.registrarEdit = QLineEdit(EmbargoDialog)
        self.registrarEdit.setObjectName(u"registrarEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.registrarEdit)

        self.capEditLabel = QLabel(EmbargoDialog)
        self.capEditLabel.setObjectName(u"capEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.capEditLabel)

        self.capEdit = QLineEdit(EmbargoDialog)
        self.capEdit.setObjectName(u"capEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.capEdit)

        self.requestedEditLabel = QLabel(EmbargoDialog)
        self.requestedEditLabel.setObjectName(u"requestedEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requestedEditLabel)

        self.requestedEdit = QDateEdit(EmbargoDialog)
        self.requestedEdit.setObjectName(u"requestedEdit")
        self.requestedEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requestedEdit)

        self.errorLabel = QLabel(EmbargoDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(EmbargoDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.assetComboLabel.setBuddy(self.assetCombo)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
        self.registrarEditLabel.setBuddy(self.registrarEdit)
        self.capEditLabel.setBuddy(self.capEdit)
        self.requestedEditLabel.setBuddy(self.requestedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EmbargoDialog)
        self.buttonBox.accepted.connect(EmbargoDialog.accept)
        self.buttonBox.rejected.connect(EmbargoDialog.reject)

        QMetaObject.connectSlotsByName(EmbargoDialog)
    # setupUi

    def retranslateUi(self, EmbargoDialog):
        EmbargoDialog.setWindowTitle(QCoreApplication.translate("EmbargoDialog", u"Solicitar medida cautelar", None))
        self.assetComboLabel.setText(QCoreApplication.translate("EmbargoDialog", u"&Tipo de bien:", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("EmbargoDialog", u"&Descripci\u00f3n:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("EmbargoDialog", u"cuenta, placa, matr\u00edcula inmobiliaria\u2026", None))
        self.registrarEditLabel.setText(QCoreApplication.translate("EmbargoDialog", u"&Entidad / registro:", None))
        self.capEditLabel.setText(QCoreApplication.translate("EmbargoDialog", u"&L\u00edmite de la medida:", None))
        self.capEdit.setPlaceholderText(QCoreApplication.translate("EmbargoDialog", u"$ 0,00 (opcional)", None))
        self.requestedEditLabel.setText(QCoreApplication.translate("EmbargoDialog", u"&Fecha de solicitud:", None))
        self.requestedEdit.setDisplayFormat(QCoreApplication.translate("EmbargoDialog", u"dd/MM/yyyy", None))
        self.errorLabel.setText("")
    # retranslateUi

