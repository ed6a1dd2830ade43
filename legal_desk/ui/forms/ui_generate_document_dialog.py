# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'generate_document_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QRadioButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_GenerateDocumentDialog(object):
    def setupUi(self, GenerateDocumentDialog):
        if not GenerateDocumentDialog.objectName():
            GenerateDocumentDialog.setObjectName(u"GenerateDocumentDialog")
        GenerateDocumentDialog.resize(760, 440)
        self.verticalLayout = QVBoxLayout(GenerateDocumentDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.infoLabel = QLabel(GenerateDocumentDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.infoLabel)

        self.templateView = QTableView(GenerateDocumentDialog)
        self.templateView.setObjectName(u"templateView")
        self.templateView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.templateView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.templateView.setAlternatingRowColors(True)
        self.templateView.setWordWrap(False)

        self.verticalLayout.addWidget(self.templateView)

        self.detailLabel = QLabel(GenerateDocumentDialog)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.detailLabel)

        self.formatLayout = QHBoxLayout()
        self.formatLayout.setObjectName(u"formatLayout")
        self.formatLabel = QLabel(GenerateDocumentDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.formatLayout.addWidget(self.formatLabel)

        self.pdfRadio = QRadioButton(GenerateDocumentDialog)
        self.pdfRadio.setObjectName(u"pdfRadio")
        self.pdfRadio.setChecked(True)

        self.formatLayout.addWidget(self.pdfRadio)

        self.docxRadio = QRadioButton(GenerateDocumentDialog)
        self.docxRadio.setObjectName(u"docxRadio")

        self.formatLayout.addWidget(self.docxRadio)

        self.formatSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formatLayout.addItem(self.formatSpacer)


        self.verticalLayout.addLayout(self.formatLayout)

        self.buttonBox = QDialogButtonBox(GenerateDocumentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(GenerateDocumentDialog)
        self.buttonBox.rejected.connect(GenerateDocumentDialog.reject)

        QMetaObject.connectSlotsByName(GenerateDocumentDialog)
    # setupUi

    def retranslateUi(self, GenerateDocumentDialog):
        GenerateDocumentDialog.setWindowTitle(QCoreApplication.translate("GenerateDocumentDialog", u"Generar documento", None))
        self.infoLabel.setText(QCoreApplication.translate("GenerateDocumentDialog", u"Elija la plantilla. Cada generaci\u00f3n queda como una nueva versi\u00f3n en el expediente.", None))
        self.formatLabel.setText(QCoreApplication.translate("GenerateDocumentDialog", u"Formato:", None))
        self.pdfRadio.setText(QCoreApplication.translate("GenerateDocumentDialog", u"DOCX y PDF (LibreOffice)", None))
        self.docxRadio.setText(QCoreApplication.translate("GenerateDocumentDialog", u"Solo DOCX", None))
    # retranslateUi

