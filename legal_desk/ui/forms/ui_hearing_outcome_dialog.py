# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hearing_outcome_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_HearingOutcomeDialog(object):
    def setupUi(self, HearingOutcomeDialog):
        if not HearingOutcomeDialog.objectName():
            HearingOutcomeDialog.setObjectName(u"HearingOutcomeDialog")
        HearingOutcomeDialog.resize(460, 196)
        self.verticalLayout = QVBoxLayout(HearingOutcomeDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statusComboLabel = QLabel(HearingOutcomeDialog)
        self.statusComboLabel.setObjectName(u"statusComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusComboLabel)

        self.statusCombo = QComboBox(HearingOutcomeDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.newAtEditLabel = QLabel(HearingOutcomeDialog)
        self.newAtEditLabel.setObjectName(u"newAtEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newAtEditLabel)

        self.newAtEdit = QDateTimeEdit(HearingOutcomeDialog)
        self.newAtEdit.setObjectName(u"newAtEdit")
        self.newAtEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newAtEdit)

        self.outcomeEditLabel = QLabel(HearingOutcomeDialog)
        self.outcomeEditLabel.setObjectName(u"outcomeEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcomeEditLabel)

        self.outcomeEdit = QPlainTextEdit(HearingOutcomeDialog)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)

        self.errorLabel = QLabel(HearingOutcomeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(HearingOutcomeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusComboLabel.setBuddy(self.statusCombo)
        self.newAtEditLabel.setBuddy(self.newAtEdit)
        self.outcomeEditLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HearingOutcomeDialog)
        self.buttonBox.accepted.connect(HearingOutcomeDialog.accept)
        self.buttonBox.rejected.connect(HearingOutcomeDialog.reject)

        QMetaObject.connectSlotsByName(HearingOutcomeDialog)
    # setupUi

    def retranslateUi(self, HearingOutcomeDialog):
        HearingOutcomeDialog.setWindowTitle(QCoreApplication.translate("HearingOutcomeDialog", u"Resultado de la audiencia", None))
        self.statusComboLabel.setText(QCoreApplication.translate("HearingOutcomeDialog", u"&Estado:", None))
        self.newAtEditLabel.setText(QCoreApplication.translate("HearingOutcomeDialog", u"&Nueva fecha (si se aplaz\u00f3):", None))
        self.newAtEdit.setDisplayFormat(QCoreApplication.translate("HearingOutcomeDialog", u"dd/MM/yyyy HH:mm", None))
        self.outcomeEditLabel.setText(QCoreApplication.translate("HearingOutcomeDialog", u"&Lo ocurrido:", None))
        self.errorLabel.setText("")
    # retranslateUi

