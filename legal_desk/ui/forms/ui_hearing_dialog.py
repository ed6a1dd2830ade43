# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'hearing_dialog.ui'
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
    QLineEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_HearingDialog(object):
    def setupUi(self, HearingDialog):
        if not HearingDialog.objectName():
            HearingDialog.setObjectName(u"HearingDialog")
        HearingDialog.resize(460, 230)
        self.verticalLayout = QVBoxLayout(HearingDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kindComboLabel = QLabel(HearingDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(HearingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.atEditLabel = QLabel(HearingDialog)
        self.atEditLabel.setObjectName(u"atEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.atEditLabel)

        self.atEdit = QDateTimeEdit(HearingDialog)
        self.atEdit.setObjectName(u"atEdit")
        self.atEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.atEdit)

        self.placeEditLabel = QLabel(HearingDialog)
        self.placeEditLabel.setObjectName(u"placeEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeEditLabel)

        self.placeEdit = QLineEdit(HearingDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.linkEditLabel = QLabel(HearingDialog)
        self.linkEditLabel.setObjectName(u"linkEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.linkEditLabel)

        self.linkEdit = QLineEdit(HearingDialog)
        self.linkEdit.setObjectName(u"linkEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.linkEdit)

        self.errorLabel = QLabel(HearingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(HearingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.atEditLabel.setBuddy(self.atEdit)
        self.placeEditLabel.setBuddy(self.placeEdit)
        self.linkEditLabel.setBuddy(self.linkEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HearingDialog)
        self.buttonBox.accepted.connect(HearingDialog.accept)
        self.buttonBox.rejected.connect(HearingDialog.reject)

        QMetaObject.connectSlotsByName(HearingDialog)
    # setupUi

    def retranslateUi(self, HearingDialog):
        HearingDialog.setWindowTitle(QCoreApplication.translate("HearingDialog", u"Programar audiencia", None))
        self.kindComboLabel.setText(QCoreApplication.translate("HearingDialog", u"&Tipo:", None))
        self.atEditLabel.setText(QCoreApplication.translate("HearingDialog", u"&Fecha y hora:", None))
        self.atEdit.setDisplayFormat(QCoreApplication.translate("HearingDialog", u"dd/MM/yyyy HH:mm", None))
        self.placeEditLabel.setText(QCoreApplication.translate("HearingDialog", u"&Lugar:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("HearingDialog", u"Juzgado, sala, direcci\u00f3n", None))
        self.linkEditLabel.setText(QCoreApplication.translate("HearingDialog", u"&Enlace:", None))
        self.linkEdit.setPlaceholderText(QCoreApplication.translate("HearingDialog", u"https://\u2026", None))
        self.errorLabel.setText("")
    # retranslateUi

