# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'event_dialog.ui'
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
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_EventDialog(object):
    def setupUi(self, EventDialog):
        if not EventDialog.objectName():
            EventDialog.setObjectName(u"EventDialog")
        EventDialog.resize(560, 160)
        EventDialog.setMinimumSize(QSize(560, 0))
        self.verticalLayout = QVBoxLayout(EventDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ref_label = QLabel(EventDialog)
        self.ref_label.setObjectName(u"ref_label")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ref_label)

        self.ref_edit = QLineEdit(EventDialog)
        self.ref_edit.setObjectName(u"ref_edit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ref_edit)

        self.event_label = QLabel(EventDialog)
        self.event_label.setObjectName(u"event_label")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.event_label)

        self.event_combo = QComboBox(EventDialog)
        self.event_combo.setObjectName(u"event_combo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.event_combo)

        self.date_label = QLabel(EventDialog)
        self.date_label.setObjectName(u"date_label")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(EventDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.place_label = QLabel(EventDialog)
        self.place_label.setObjectName(u"place_label")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.place_label)

        self.place_combo = QComboBox(EventDialog)
        self.place_combo.setObjectName(u"place_combo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.place_combo)

        self.description_label = QLabel(EventDialog)
        self.description_label.setObjectName(u"description_label")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QLineEdit(EventDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setMaxLength(200)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.receipt_label = QLabel(EventDialog)
        self.receipt_label.setObjectName(u"receipt_label")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.receipt_label)

        self.receipt_row = QHBoxLayout()
        self.receipt_row.setObjectName(u"receipt_row")
        self.receipt_check = QCheckBox(EventDialog)
        self.receipt_check.setObjectName(u"receipt_check")

        self.receipt_row.addWidget(self.receipt_check)

        self.receipt_edit = QDateEdit(EventDialog)
        self.receipt_edit.setObjectName(u"receipt_edit")
        self.receipt_edit.setCalendarPopup(True)
        self.receipt_edit.setDisplayFormat(u"dd/MM/yyyy")

        self.receipt_row.addWidget(self.receipt_edit)

        self.receipt_row.setStretch(1, 1)

        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.receipt_row)


        self.verticalLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(EventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.ref_label.setBuddy(self.ref_edit)
        self.event_label.setBuddy(self.event_combo)
        self.date_label.setBuddy(self.date_edit)
        self.place_label.setBuddy(self.place_combo)
        self.description_label.setBuddy(self.description_edit)
        self.receipt_label.setBuddy(self.receipt_check)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.ref_edit, self.event_combo)
        QWidget.setTabOrder(self.event_combo, self.date_edit)
        QWidget.setTabOrder(self.date_edit, self.place_combo)
        QWidget.setTabOrder(self.place_combo, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.receipt_check)
        QWidget.setTabOrder(self.receipt_check, self.receipt_edit)

        self.retranslateUi(EventDialog)
        self.buttonBox.accepted.connect(EventDialog.accept)
        self.buttonBox.rejected.connect(EventDialog.reject)

        QMetaObject.connectSlotsByName(EventDialog)
    # setupUi

    def retranslateUi(self, EventDialog):
        EventDialog.setWindowTitle(QCoreApplication.translate("EventDialog", u"Registrar actuaci\u00f3n", None))
        self.ref_label.setText(QCoreApplication.translate("EventDialog", u"Obligaci\u00f3n", None))
        self.ref_edit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"N\u00famero de obligaci\u00f3n, p. ej. OB-2024-000101", None))
        self.event_label.setText(QCoreApplication.translate("EventDialog", u"Actuaci\u00f3n", None))
        self.date_label.setText(QCoreApplication.translate("EventDialog", u"Fecha", None))
        self.place_label.setText(QCoreApplication.translate("EventDialog", u"Lugar de entrega", None))
        self.description_label.setText(QCoreApplication.translate("EventDialog", u"Descripci\u00f3n", None))
#if QT_CONFIG(tooltip)
        self.description_edit.setToolTip(QCoreApplication.translate("EventDialog", u"Cualquier actuaci\u00f3n del proceso, de oficio o a petici\u00f3n de parte, interrumpe el t\u00e9rmino del desistimiento t\u00e1cito (CGP art. 317 num. 2 lit. c)", None))
#endif // QT_CONFIG(tooltip)
        self.description_edit.setPlaceholderText(QCoreApplication.translate("EventDialog", u"p. ej. auto que requiere, memorial que informa un abono, solicitud de oficios", None))
        self.receipt_label.setText(QCoreApplication.translate("EventDialog", u"Notificaci\u00f3n electr\u00f3nica", None))
        self.receipt_check.setText(QCoreApplication.translate("EventDialog", u"Acuse de recibo probado el", None))
    # retranslateUi

