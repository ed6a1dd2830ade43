# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'stage_move_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

class Ui_StageMoveDialog(object):
    def setupUi(self, StageMoveDialog):
        if not StageMoveDialog.objectName():
            StageMoveDialog.setObjectName(u"StageMoveDialog")
        StageMoveDialog.resize(460, 264)
        self.verticalLayout = QVBoxLayout(StageMoveDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.infoLabel = QLabel(StageMoveDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.infoLabel)

        self.reasonEditLabel = QLabel(StageMoveDialog)
        self.reasonEditLabel.setObjectName(u"reasonEditLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reasonEditLabel)

        self.reasonEdit = QPlainTextEdit(StageMoveDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.radicadoEditLabel = QLabel(StageMoveDialog)
        self.radicadoEditLabel.setObjectName(u"radicadoEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.radicadoEditLabel)

        self.radicadoEdit = QLineEdit(StageMoveDialog)
        self.radicadoEdit.setObjectName(u"radicadoEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.radicadoEdit)

        self.courtEditLabel = QLabel(StageMoveDialog)
        self.courtEditLabel.setObjectName(u"courtEditLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.courtEditLabel)

        self.courtEdit = QLineEdit(StageMoveDialog)
        self.courtEdit.setObjectName(u"courtEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.courtEdit)

        self.filedEditLabel = QLabel(StageMoveDialog)
        self.filedEditLabel.setObjectName(u"filedEditLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.filedEditLabel)

        self.filedEdit = QDateEdit(StageMoveDialog)
        self.filedEdit.setObjectName(u"filedEdit")
        self.filedEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.filedEdit)

        self.errorLabel = QLabel(StageMoveDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.errorLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(StageMoveDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonEditLabel.setBuddy(self.reasonEdit)
        self.radicadoEditLabel.setBuddy(self.radicadoEdit)
        self.courtEditLabel.setBuddy(self.courtEdit)
        self.filedEditLabel.setBuddy(self.filedEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StageMoveDialog)
        self.buttonBox.accepted.connect(StageMoveDialog.accept)
        self.buttonBox.rejected.connect(StageMoveDialog.reject)

        QMetaObject.connectSlotsByName(StageMoveDialog)
    # setupUi

    def retranslateUi(self, StageMoveDialog):
        StageMoveDialog.setWindowTitle(QCoreApplication.translate("StageMoveDialog", u"Cambiar etapa", None))
        self.reasonEditLabel.setText(QCoreApplication.translate("StageMoveDialog", u"&Motivo:", None))
        self.radicadoEditLabel.setText(QCoreApplication.translate("StageMoveDialog", u"&Radicado:", None))
        self.radicadoEdit.setPlaceholderText(QCoreApplication.translate("StageMoveDialog", u"p. ej. 11001400307520240012300", None))
        self.courtEditLabel.setText(QCoreApplication.translate("StageMoveDialog", u"&Juzgado:", None))
        self.courtEdit.setPlaceholderText(QCoreApplication.translate("StageMoveDialog", u"p. ej. Juzgado 75 Civil Municipal de Bogot\u00e1", None))
        self.filedEditLabel.setText(QCoreApplication.translate("StageMoveDialog", u"&Fecha de radicaci\u00f3n:", None))
        self.filedEdit.setDisplayFormat(QCoreApplication.translate("StageMoveDialog", u"dd/MM/yyyy", None))
        self.errorLabel.setText("")
    # retranslateUi

