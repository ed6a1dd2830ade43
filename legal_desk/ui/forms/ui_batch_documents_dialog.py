# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_documents_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_BatchDocumentsDialog(object):
    def setupUi(self, BatchDocumentsDialog):
        if not BatchDocumentsDialog.objectName():
            BatchDocumentsDialog.setObjectName(u"BatchDocumentsDialog")
        BatchDocumentsDialog.resize(820, 560)
        self.verticalLayout = QVBoxLayout(BatchDocumentsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.templateComboLabel = QLabel(BatchDocumentsDialog)
        self.templateComboLabel.setObjectName(u"templateComboLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.templateComboLabel)

        self.templateCombo = QComboBox(BatchDocumentsDialog)
        self.templateCombo.setObjectName(u"templateCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.templateCombo)

        self.stageComboLabel = QLabel(BatchDocumentsDialog)
        self.stageComboLabel.setObjectName(u"stageComboLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.stageComboLabel)

        self.casesLayout = QHBoxLayout()
        self.casesLayout.setObjectName(u"casesLayout")
        self.stageCombo = QComboBox(BatchDocumentsDialog)
        self.stageCombo.setObjectName(u"stageCombo")

        self.casesLayout.addWidget(self.stageCombo)

        self.casesLabel = QLabel(BatchDocumentsDialog)
        self.casesLabel.setObjectName(u"casesLabel")

        self.casesLayout.addWidget(self.casesLabel)

        self.casesSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.casesLayout.addItem(self.casesSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.casesLayout)

        self.folderEditLabel = QLabel(BatchDocumentsDialog)
        self.folderEditLabel.setObjectName(u"folderEditLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.folderEditLabel)

        self.folderLayout = QHBoxLayout()
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderEdit = QLineEdit(BatchDocumentsDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderLayout.addWidget(self.folderEdit)

        self.folderButton = QPushButton(BatchDocumentsDialog)
        self.folderButton.setObjectName(u"folderButton")

        self.folderLayout.addWidget(self.folderButton)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folderLayout)

        self.pdfCheck = QCheckBox(BatchDocumentsDialog)
        self.pdfCheck.setObjectName(u"pdfCheck")
        self.pdfCheck.setChecked(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.pdfCheck)


        self.verticalLayout.addLayout(self.formLayout)

        self.progressBar = QProgressBar(BatchDocumentsDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.verticalLayout.addWidget(self.progressBar)

        self.summaryLabel = QLabel(BatchDocumentsDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.summaryLabel)

        self.reportView = QTableView(BatchDocumentsDialog)
        self.reportView.setObjectName(u"reportView")
        self.reportView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reportView.setAlternatingRowColors(True)
        self.reportView.setWordWrap(True)

        self.verticalLayout.addWidget(self.reportView)

        self.buttonBox = QDialogButtonBox(BatchDocumentsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.verticalLayout.addWidget(self.buttonBox)


        self.retranslateUi(BatchDocumentsDialog)

        QMetaObject.connectSlotsByName(BatchDocumentsDialog)
    # setupUi

    def retranslateUi(self, BatchDocumentsDialog):
        BatchDocumentsDialog.setWindowTitle(QCoreApplication.translate("BatchDocumentsDialog", u"Generar documentos en lote", None))
        self.templateComboLabel.setText(QCoreApplication.translate("BatchDocumentsDialog", u"Plantilla:", None))
        self.stageComboLabel.setText(QCoreApplication.translate("BatchDocumentsDialog", u"Expedientes:", None))
        self.folderEditLabel.setText(QCoreApplication.translate("BatchDocumentsDialog", u"Carpeta de salida:", None))
        self.folderEdit.setPlaceholderText(QCoreApplication.translate("BatchDocumentsDialog", u"Opcional: adem\u00e1s de guardarlos en cada expediente, copiarlos aqu\u00ed", None))
        self.folderButton.setText(QCoreApplication.translate("BatchDocumentsDialog", u"Elegir\u2026", None))
        self.pdfCheck.setText(QCoreApplication.translate("BatchDocumentsDialog", u"Convertir tambi\u00e9n a PDF (LibreOffice)", None))
    # retranslateUi

