# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'closure_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_ClosureDialog(object):
    def setupUi(self, ClosureDialog):
        if not ClosureDialog.objectName():
            ClosureDialog.setObjectName(u"ClosureDialog")
        ClosureDialog.resize(480, 200)
        ClosureDialog.setMinimumSize(QSize(480, 0))
        self.verticalLayout = QVBoxLayout(ClosureDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.start_label = QLabel(ClosureDialog)
        self.start_label.setObjectName(u"start_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_edit = QDateEdit(ClosureDialog)
        self.start_edit.setObjectName(u"start_edit")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.start_edit)

        self.end_label = QLabel(ClosureDialog)
        self.end_label.setObjectName(u"end_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_edit = QDateEdit(ClosureDialog)
        self.end_edit.setObjectName(u"end_edit")
        self.end_edit.setCalendarPopup(True)
        self.end_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.end_edit)

        self.reason_label = QLabel(ClosureDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(ClosureDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.court_label = QLabel(ClosureDialog)
        self.court_label.setObjectName(u"court_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.court_label)

        self.court_edit = QLineEdit(ClosureDialog)
        self.court_edit.setObjectName(u"court_edit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.court_edit)

        self.city_label = QLabel(ClosureDialog)
        self.city_label.setObjectName(u"city_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.city_label)

        self.city_edit = QLineEdit(ClosureDialog)
        self.city_edit.setObjectName(u"city_edit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.city_edit)

        self.reopen_check = QCheckBox(ClosureDialog)
        self.reopen_check.setObjectName(u"reopen_check")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reopen_check)


        self.verticalLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(ClosureDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.start_label.setBuddy(self.start_edit)
        self.end_label.setBuddy(self.end_edit)
        self.reason_label.setBuddy(self.reason_edit)
        self.court_label.setBuddy(self.court_edit)
        self.city_label.setBuddy(self.city_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.start_edit, self.end_edit)
        QWidget.setTabOrder(self.end_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.court_edit)
        QWidget.setTabOrder(self.court_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.reopen_check)

        self.retranslateUi(ClosureDialog)
        self.buttonBox.accepted.connect(ClosureDialog.accept)
        self.buttonBox.rejected.connect(ClosureDialog.reject)

        QMetaObject.connectSlotsByName(ClosureDialog)
    # setupUi

    def retranslateUi(self, ClosureDialog):
        ClosureDialog.setWindowTitle(QCoreApplication.translate("ClosureDialog", u"Nuevo cierre del despacho judicial", None))
        self.start_label.setText(QCoreApplication.translate("ClosureDialog", u"Desde", None))
        self.end_label.setText(QCoreApplication.translate("ClosureDialog", u"Hasta", None))
        self.reason_label.setText(QCoreApplication.translate("ClosureDialog", u"Motivo", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("ClosureDialog", u"Paro judicial, falla t\u00e9cnica, circular del CSJ\u2026", None))
        self.court_label.setText(QCoreApplication.translate("ClosureDialog", u"Juzgado", None))
        self.court_edit.setPlaceholderText(QCoreApplication.translate("ClosureDialog", u"Vac\u00edo: toda la jurisdicci\u00f3n", None))
        self.city_label.setText(QCoreApplication.translate("ClosureDialog", u"Ciudad", None))
        self.city_edit.setPlaceholderText(QCoreApplication.translate("ClosureDialog", u"Vac\u00edo: todas las ciudades", None))
        self.reopen_check.setText(QCoreApplication.translate("ClosureDialog", u"Reabrir d\u00eda (hay despacho aunque el calendario lo cierre)", None))
    # retranslateUi

