# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(560, 380)
        UserDialog.setMinimumSize(QSize(520, 0))
        self.verticalLayout = QVBoxLayout(UserDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username_label = QLabel(UserDialog)
        self.username_label.setObjectName(u"username_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(UserDialog)
        self.username_edit.setObjectName(u"username_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.full_name_label = QLabel(UserDialog)
        self.full_name_label.setObjectName(u"full_name_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.full_name_label)

        self.full_name_edit = QLineEdit(UserDialog)
        self.full_name_edit.setObjectName(u"full_name_edit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.full_name_edit)

        self.role_label = QLabel(UserDialog)
        self.role_label.setObjectName(u"role_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_edit = QComboBox(UserDialog)
        self.role_edit.setObjectName(u"role_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_edit)

        self.email_label = QLabel(UserDialog)
        self.email_label.setObjectName(u"email_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.email_label)

        self.email_edit = QLineEdit(UserDialog)
        self.email_edit.setObjectName(u"email_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.email_edit)

        self.id_number_label = QLabel(UserDialog)
        self.id_number_label.setObjectName(u"id_number_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.id_number_label)

        self.id_number_edit = QLineEdit(UserDialog)
        self.id_number_edit.setObjectName(u"id_number_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.id_number_edit)

        self.professional_card_label = QLabel(UserDialog)
        self.professional_card_label.setObjectName(u"professional_card_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.professional_card_label)

        self.professional_card_edit = QLineEdit(UserDialog)
        self.professional_card_edit.setObjectName(u"professional_card_edit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.professional_card_edit)

        self.address_label = QLabel(UserDialog)
        self.address_label.setObjectName(u"address_label")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(UserDialog)
        self.address_edit.setObjectName(u"address_edit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.phone_label = QLabel(UserDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(UserDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.password_label = QLabel(UserDialog)
        self.password_label.setObjectName(u"password_label")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(UserDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.active_check = QCheckBox(UserDialog)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.verticalLayout.addLayout(self.form)

        self.note_label = QLabel(UserDialog)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)

        self.verticalLayout.addWidget(self.note_label)

        self.error_label = QLabel(UserDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(u"color:#b91c1c;")

        self.verticalLayout.addWidget(self.error_label)

        self.buttonBox = QDialogButtonBox(UserDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.full_name_label.setBuddy(self.full_name_edit)
        self.role_label.setBuddy(self.role_edit)
        self.email_label.setBuddy(self.email_edit)
        self.id_number_label.setBuddy(self.id_number_edit)
        self.professional_card_label.setBuddy(self.professional_card_edit)
        self.address_label.setBuddy(self.address_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.full_name_edit)
        QWidget.setTabOrder(self.full_name_edit, self.role_edit)
        QWidget.setTabOrder(self.role_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.id_number_edit)
        QWidget.setTabOrder(self.id_number_edit, self.professional_card_edit)
        QWidget.setTabOrder(self.professional_card_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.active_check)

        self.retranslateUi(UserDialog)
        self.buttonBox.rejected.connect(UserDialog.reject)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Usuario", None))
        self.username_label.setText(QCoreApplication.translate("UserDialog", u"Usuario", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"sin espacios, p. ej. lrestrepo", None))
        self.full_name_label.setText(QCoreApplication.translate("UserDialog", u"Nombre completo", None))
        self.full_name_edit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"como debe aparecer en poderes y demandas", None))
        self.role_label.setText(QCoreApplication.translate("UserDialog", u"Rol", None))
        self.email_label.setText(QCoreApplication.translate("UserDialog", u"Correo", None))
        self.email_edit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"correo de notificaciones judiciales", None))
        self.id_number_label.setText(QCoreApplication.translate("UserDialog", u"C\u00e9dula", None))
        self.id_number_edit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"abogados: para poderes y demandas", None))
        self.professional_card_label.setText(QCoreApplication.translate("UserDialog", u"Tarjeta profesional", None))
        self.professional_card_edit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"abogados: n\u00famero de T.P. del C.S. de la J.", None))
        self.address_label.setText(QCoreApplication.translate("UserDialog", u"Direcci\u00f3n de notificaciones", None))
        self.phone_label.setText(QCoreApplication.translate("UserDialog", u"Tel\u00e9fono", None))
        self.password_label.setText(QCoreApplication.translate("UserDialog", u"Contrase\u00f1a inicial", None))
        self.password_edit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"vac\u00eda: la elige el usuario al ingresar por primera vez", None))
        self.active_check.setText(QCoreApplication.translate("UserDialog", u"Activo (puede ingresar y recibir expedientes)", None))
        self.note_label.setText(QCoreApplication.translate("UserDialog", u"El nombre, la c\u00e9dula, la tarjeta profesional y el correo del abogado se imprimen en los poderes y las demandas que genera.", None))
    # retranslateUi

