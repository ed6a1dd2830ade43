# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'evidence_kind_dialog.ui'
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
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_EvidenceKindDialog(object):
    def setupUi(self, EvidenceKindDialog):
        if not EvidenceKindDialog.objectName():
            EvidenceKindDialog.setObjectName(u"EvidenceKindDialog")
        EvidenceKindDialog.resize(460, 230)
        self.verticalLayout = QVBoxLayout(EvidenceKindDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.filesLabel = QLabel(EvidenceKindDialog)
        self.filesLabel.setObjectName(u"filesLabel")
        self.filesLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.filesLabel)

        self.kindComboLabel = QLabel(EvidenceKindDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(EvidenceKindDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dateEditLabel = QLabel(EvidenceKindDialog)
        self.dateEditLabel.setObjectName(u"dateEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateEditLabel)

        self.dateEdit = QDateEdit(EvidenceKindDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateCheckLabel = QLabel(EvidenceKindDialog)
        self.dateCheckLabel.setObjectName(u"dateCheckLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateCheckLabel)

        self.dateCheck = QCheckBox(EvidenceKindDialog)
        self.dateCheck.setObjectName(u"dateCheck")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateCheck)

        self.descriptionEditLabel = QLabel(EvidenceKindDialog)
        self.descriptionEditLabel.setObjectName(u"descriptionEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionEditLabel)

        self.descriptionEdit = QLineEdit(EvidenceKindDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(EvidenceKindDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.dateEditLabel.setBuddy(self.dateEdit)
        self.descriptionEditLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EvidenceKindDialog)
        self.buttonBox.accepted.connect(EvidenceKindDialog.accept)
        self.buttonBox.rejected.connect(EvidenceKindDialog.reject)

        QMetaObject.connectSlotsByName(EvidenceKindDialog)
    # setupUi

    def retranslateUi(self, EvidenceKindDialog):
        EvidenceKindDialog.setWindowTitle(QCoreApplication.translate("EvidenceKindDialog", u"Agregar pruebas", None))
        self.kindComboLabel.setText(QCoreApplication.translate("EvidenceKindDialog", u"&Tipo de prueba:", None))
        self.dateEditLabel.setText(QCoreApplication.translate("EvidenceKindDialog", u"&Fecha del documento:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("EvidenceKindDialog", u"dd/MM/yyyy", None))
        self.dateCheckLabel.setText("")
        self.dateCheck.setText(QCoreApplication.translate("EvidenceKindDialog", u"&Indicar fecha del documento", None))
        self.descriptionEditLabel.setText(QCoreApplication.translate("EvidenceKindDialog", u"&Descripci\u00f3n:", None))
    # retranslateUi

