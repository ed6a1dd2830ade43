# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpinBox, QTableView, QVBoxLayout, QWidget)

class Ui_AgreementDialog(object):
    def setupUi(self, AgreementDialog):
        if not AgreementDialog.objectName():
            AgreementDialog.setObjectName(u"AgreementDialog")
        AgreementDialog.resize(520, 420)
        self.verticalLayout = QVBoxLayout(AgreementDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.signedEditLabel = QLabel(AgreementDialog)
        self.signedEditLabel.setObjectName(u"signedEditLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.signedEditLabel)

        self.signedEdit = QDateEdit(AgreementDialog)
        self.signedEdit.setObjectName(u"signedEdit")
        self.signedEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.signedEdit)

        self.countSpinLabel = QLabel(AgreementDialog)
        self.countSpinLabel.setObjectName(u"countSpinLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.countSpinLabel)

        self.countSpin = QSpinBox(AgreementDialog)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(360)
        self.countSpin.setValue(3)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.countSpin)

        self.firstDueEditLabel = QLabel(AgreementDialog)
        self.firstDueEditLabel.setObjectName(u"firstDueEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.firstDueEditLabel)

        self.firstDueEdit = QDateEdit(AgreementDialog)
        self.firstDueEdit.setObjectName(u"firstDueEdit")
        self.firstDueEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.firstDueEdit)

        self.amountEditLabel = QLabel(AgreementDialog)
        self.amountEditLabel.setObjectName(u"amountEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.amountEditLabel)

        self.amountEdit = QLineEdit(AgreementDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.planButtonLabel = QLabel(AgreementDialog)
        self.planButtonLabel.setObjectName(u"planButtonLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.planButtonLabel)

        self.planButton = QPushButton(AgreementDialog)
        self.planButton.setObjectName(u"planButton")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.planButton)

        self.instalmentsView = QTableView(AgreementDialog)
        self.instalmentsView.setObjectName(u"instalmentsView")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.instalmentsView)

        self.addButtonLabel = QLabel(AgreementDialog)
        self.addButtonLabel.setObjectName(u"addButtonLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.addButtonLabel)

        self.addButton = QPushButton(AgreementDialog)
        self.addButton.setObjectName(u"addButton")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.addButton)

        self.removeButtonLabel = QLabel(AgreementDialog)
        self.removeButtonLabel.setObjectName(u"removeButtonLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.removeButtonLabel)

        self.removeButton = QPushButton(AgreementDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.removeButton)

        self.notesEditLabel = QLabel(AgreementDialog)
        self.notesEditLabel.setObjectName(u"notesEditLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.notesEditLabel)

        self.notesEdit = QPlainTextEdit(AgreementDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.errorLabel = QLabel(AgreementDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(AgreementDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.signedEditLabel.setBuddy(self.signedEdit)
        self.countSpinLabel.setBuddy(self.countSpin)
        self.firstDueEditLabel.setBuddy(self.firstDueEdit)
        self.amountEditLabel.setBuddy(self.amountEdit)
        self.notesEditLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AgreementDialog)
        self.buttonBox.accepted.connect(AgreementDialog.accept)
        self.buttonBox.rejected.connect(AgreementDialog.reject)

        QMetaObject.connectSlotsByName(AgreementDialog)
    # setupUi

    def retranslateUi(self, AgreementDialog):
        AgreementDialog.setWindowTitle(QCoreApplication.translate("AgreementDialog", u"Acuerdo de pago firmado", None))
        self.signedEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Firmado el:", None))
        self.signedEdit.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"dd/MM/yyyy", None))
        self.countSpinLabel.setText(QCoreApplication.translate("AgreementDialog", u"N\u00famero de c&uotas:", None))
        self.firstDueEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Primera cuota:", None))
        self.firstDueEdit.setDisplayFormat(QCoreApplication.translate("AgreementDialog", u"dd/MM/yyyy", None))
        self.amountEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Valor de cada cuota:", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("AgreementDialog", u"$ 0,00", None))
        self.planButtonLabel.setText("")
        self.planButton.setText(QCoreApplication.translate("AgreementDialog", u"&Generar plan de cuotas", None))
        self.addButtonLabel.setText("")
        self.addButton.setText(QCoreApplication.translate("AgreementDialog", u"&Agregar cuota", None))
        self.removeButtonLabel.setText("")
        self.removeButton.setText(QCoreApplication.translate("AgreementDialog", u"&Quitar cuota", None))
        self.notesEditLabel.setText(QCoreApplication.translate("AgreementDialog", u"&Notas:", None))
        self.errorLabel.setText("")
    # retranslateUi

