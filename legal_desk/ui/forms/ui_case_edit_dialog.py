# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_edit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CaseEditDialog(object):
    def setupUi(self, CaseEditDialog):
        if not CaseEditDialog.objectName():
            CaseEditDialog.setObjectName(u"CaseEditDialog")
        CaseEditDialog.resize(620, 560)
        self.verticalLayout = QVBoxLayout(CaseEditDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.courtEditLabel = QLabel(CaseEditDialog)
        self.courtEditLabel.setObjectName(u"courtEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.courtEditLabel)

        self.courtEdit = QLineEdit(CaseEditDialog)
        self.courtEdit.setObjectName(u"courtEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.courtEdit)

        self.cityEditLabel = QLabel(CaseEditDialog)
        self.cityEditLabel.setObjectName(u"cityEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.cityEditLabel)

        self.cityEdit = QLineEdit(CaseEditDialog)
        self.cityEdit.setObjectName(u"cityEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.radicadoEditLabel = QLabel(CaseEditDialog)
        self.radicadoEditLabel.setObjectName(u"radicadoEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.radicadoEditLabel)

        self.radicadoEdit = QLineEdit(CaseEditDialog)
        self.radicadoEdit.setObjectName(u"radicadoEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.radicadoEdit)

        self.lawyerComboLabel = QLabel(CaseEditDialog)
        self.lawyerComboLabel.setObjectName(u"lawyerComboLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lawyerComboLabel)

        self.lawyerCombo = QComboBox(CaseEditDialog)
        self.lawyerCombo.setObjectName(u"lawyerCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lawyerCombo)

        self.originalLocationEditLabel = QLabel(CaseEditDialog)
        self.originalLocationEditLabel.setObjectName(u"originalLocationEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.originalLocationEditLabel)

        self.originalLocationEdit = QLineEdit(CaseEditDialog)
        self.originalLocationEdit.setObjectName(u"originalLocationEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.originalLocationEdit)

        self.waiverEditLabel = QLabel(CaseEditDialog)
        self.waiverEditLabel.setObjectName(u"waiverEditLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.waiverEditLabel)

        self.waiverEdit = QPlainTextEdit(CaseEditDialog)
        self.waiverEdit.setObjectName(u"waiverEdit")
        self.waiverEdit.setTabChangesFocus(True)
        self.waiverEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.waiverEdit)

        self.limitationFlagEditLabel = QLabel(CaseEditDialog)
        self.limitationFlagEditLabel.setObjectName(u"limitationFlagEditLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.limitationFlagEditLabel)

        self.limitationFlagEdit = QPlainTextEdit(CaseEditDialog)
        self.limitationFlagEdit.setObjectName(u"limitationFlagEdit")
        self.limitationFlagEdit.setTabChangesFocus(True)
        self.limitationFlagEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.limitationFlagEdit)

        self.agreedRateEditLabel = QLabel(CaseEditDialog)
        self.agreedRateEditLabel.setObjectName(u"agreedRateEditLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.agreedRateEditLabel)

        self.agreedRateEdit = QLineEdit(CaseEditDialog)
        self.agreedRateEdit.setObjectName(u"agreedRateEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.agreedRateEdit)

        self.costsEditLabel = QLabel(CaseEditDialog)
        self.costsEditLabel.setObjectName(u"costsEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.costsEditLabel)

        self.costsEdit = QLineEdit(CaseEditDialog)
        self.costsEdit.setObjectName(u"costsEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.costsEdit)

        self.notesEditLabel = QLabel(CaseEditDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(CaseEditDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CaseEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CaseEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.courtEditLabel.setBuddy(self.courtEdit)
        self.cityEditLabel.setBuddy(self.cityEdit)
        self.radicadoEditLabel.setBuddy(self.radicadoEdit)
        self.lawyerComboLabel.setBuddy(self.lawyerCombo)
        self.originalLocationEditLabel.setBuddy(self.originalLocationEdit)
        self.waiverEditLabel.setBuddy(self.waiverEdit)
        self.limitationFlagEditLabel.setBuddy(self.limitationFlagEdit)
        self.agreedRateEditLabel.setBuddy(self.agreedRateEdit)
        self.costsEditLabel.setBuddy(self.costsEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseEditDialog)
        self.buttonBox.accepted.connect(CaseEditDialog.accept)
        self.buttonBox.rejected.connect(CaseEditDialog.reject)

        QMetaObject.connectSlotsByName(CaseEditDialog)
    # setupUi

    def retranslateUi(self, CaseEditDialog):
        CaseEditDialog.setWindowTitle(QCoreApplication.translate("CaseEditDialog", u"Editar datos del expediente", None))
        self.courtEditLabel.setText(QCoreApplication.translate("CaseEditDialog", u"&Juzgado:", None))
        self.courtEdit.setPlaceholderText(QCoreApplication.translate("CaseEditDialog", u"Juzgado 75 Civil Municipal de Bogot\u00e1", None))
        self.cityEditLabel.setText(QCoreApplication.translate("CaseEditDialog", u"C&iudad del proceso:", None))
        self.radicadoEditLabel.setText(QCoreApplication.translate("CaseEditDialog", u"&Radicado:", None))
        self.radicadoEdit.setPlaceholderText(QCoreApplication.translate("CaseEditDialog", u"23 d\u00edgitos", None))
        self.lawyerComboLabel.setText(QCoreApplication.translate("CaseEditDialog", u"&Abogado asignado:", None))
        self.originalLocationEditLabel.setText(QCoreApplication.translate("CaseEditDialog", u"&Ubicaci\u00f3n del t\u00edtulo original:", None))
        self.originalLocationEdit.setPlaceholderText(QCoreApplication.translate("CaseEditDialog", u"Caja fuerte, oficina Bogot\u00e1", None))
        self.waiverEditLabel.setText(QCoreApplication.translate("CaseEditDialog", u"&Motivo para no enviar carta de requerimiento:", None))
        self.waiverEdit.setPlaceholderText(QCoreApplication.translate("CaseEditDialog", u"Vac\u00edo si se env\u00eda la carta", None))
        self.limitationFlagEditLabel.setText(QCoreApplication.translate("CaseEditDialog", u"Nota de revisi\u00f3n de la &prescripci\u00f3n:", None))
        self.limitationFlagEdit.setPlaceholderText(QCoreApplication.translate("CaseEditDialog", u"Interrupci\u00f3n, renuncia u otra raz\u00f3n para radicar", None))
        self.agreedRateEditLabel.setText(QCoreApplication.translate("CaseEditDialog", u"&Tasa moratoria pactada (% EA):", None))
        self.agreedRateEdit.setPlaceholderText(QCoreApplication.translate("CaseEditDialog", u"p. ej. 24,5 \u2014 vac\u00eda: la tasa m\u00e1xima de la tabla", None))
        self.costsEditLabel.setText(QCoreApplication.translate("CaseEditDialog", u"&Costas:", None))
        self.costsEdit.setPlaceholderText(QCoreApplication.translate("CaseEditDialog", u"$ 0", None))
        self.notesEditLabel.setText(QCoreApplication.translate("CaseEditDialog", u"&Notas:", None))
        self.errorLabel.setText("")
    # retranslateUi

