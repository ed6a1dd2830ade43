# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_debt_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_HandoverDebtPage(object):
    def setupUi(self, HandoverDebtPage):
        if not HandoverDebtPage.objectName():
            HandoverDebtPage.setObjectName(u"HandoverDebtPage")
        HandoverDebtPage.resize(780, 420)
        self.form = QFormLayout(HandoverDebtPage)
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.capitalLabel = QLabel(HandoverDebtPage)
        self.capitalLabel.setObjectName(u"capitalLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.capitalLabel)

        self.capitalBox = QVBoxLayout()
        self.capitalBox.setSpacing(1)
        self.capitalBox.setObjectName(u"capitalBox")
        self.capitalInput = QLineEdit(HandoverDebtPage)
        self.capitalInput.setObjectName(u"capitalInput")
        self.capitalInput.setPlaceholderText(u"$ 12.500.000,00")

        self.capitalBox.addWidget(self.capitalInput)

        self.capitalError = QLabel(HandoverDebtPage)
        self.capitalError.setObjectName(u"capitalError")
        self.capitalError.setStyleSheet(u"color:#b91c1c;")
        self.capitalError.setWordWrap(True)

        self.capitalBox.addWidget(self.capitalError)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.capitalBox)

        self.dueDateLabel = QLabel(HandoverDebtPage)
        self.dueDateLabel.setObjectName(u"dueDateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dueDateLabel)

        self.dueDateBox = QVBoxLayout()
        self.dueDateBox.setSpacing(1)
        self.dueDateBox.setObjectName(u"dueDateBox")
        self.dueDateInput = QLineEdit(HandoverDebtPage)
        self.dueDateInput.setObjectName(u"dueDateInput")
        self.dueDateInput.setPlaceholderText(u"dd/mm/aaaa")

        self.dueDateBox.addWidget(self.dueDateInput)

        self.dueDateError = QLabel(HandoverDebtPage)
        self.dueDateError.setObjectName(u"dueDateError")
        self.dueDateError.setStyleSheet(u"color:#b91c1c;")
        self.dueDateError.setWordWrap(True)

        self.dueDateBox.addWidget(self.dueDateError)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dueDateBox)

        self.titleTypeLabel = QLabel(HandoverDebtPage)
        self.titleTypeLabel.setObjectName(u"titleTypeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.titleTypeLabel)

        self.titleTypeBox = QVBoxLayout()
        self.titleTypeBox.setSpacing(1)
        self.titleTypeBox.setObjectName(u"titleTypeBox")
        self.titleTypeInput = QComboBox(HandoverDebtPage)
        self.titleTypeInput.setObjectName(u"titleTypeInput")

        self.titleTypeBox.addWidget(self.titleTypeInput)

        self.titleTypeError = QLabel(HandoverDebtPage)
        self.titleTypeError.setObjectName(u"titleTypeError")
        self.titleTypeError.setStyleSheet(u"color:#b91c1c;")
        self.titleTypeError.setWordWrap(True)

        self.titleTypeBox.addWidget(self.titleTypeError)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.titleTypeBox)

        self.titleNumberLabel = QLabel(HandoverDebtPage)
        self.titleNumberLabel.setObjectName(u"titleNumberLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.titleNumberLabel)

        self.titleNumberBox = QVBoxLayout()
        self.titleNumberBox.setSpacing(1)
        self.titleNumberBox.setObjectName(u"titleNumberBox")
        self.titleNumberInput = QLineEdit(HandoverDebtPage)
        self.titleNumberInput.setObjectName(u"titleNumberInput")

        self.titleNumberBox.addWidget(self.titleNumberInput)

        self.titleNumberError = QLabel(HandoverDebtPage)
        self.titleNumberError.setObjectName(u"titleNumberError")
        self.titleNumberError.setStyleSheet(u"color:#b91c1c;")
        self.titleNumberError.setWordWrap(True)

        self.titleNumberBox.addWidget(self.titleNumberError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.titleNumberBox)

        self.issueDateLabel = QLabel(HandoverDebtPage)
        self.issueDateLabel.setObjectName(u"issueDateLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.issueDateLabel)

        self.issueDateBox = QVBoxLayout()
        self.issueDateBox.setSpacing(1)
        self.issueDateBox.setObjectName(u"issueDateBox")
        self.issueDateInput = QLineEdit(HandoverDebtPage)
        self.issueDateInput.setObjectName(u"issueDateInput")
        self.issueDateInput.setPlaceholderText(u"dd/mm/aaaa")

        self.issueDateBox.addWidget(self.issueDateInput)

        self.issueDateError = QLabel(HandoverDebtPage)
        self.issueDateError.setObjectName(u"issueDateError")
        self.issueDateError.setStyleSheet(u"color:#b91c1c;")
        self.issueDateError.setWordWrap(True)

        self.issueDateBox.addWidget(self.issueDateError)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.issueDateBox)

        self.agreedRateLabel = QLabel(HandoverDebtPage)
        self.agreedRateLabel.setObjectName(u"agreedRateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.agreedRateLabel)

        self.agreedRateBox = QVBoxLayout()
        self.agreedRateBox.setSpacing(1)
        self.agreedRateBox.setObjectName(u"agreedRateBox")
        self.agreedRateInput = QLineEdit(HandoverDebtPage)
        self.agreedRateInput.setObjectName(u"agreedRateInput")

        self.agreedRateBox.addWidget(self.agreedRateInput)

        self.agreedRateError = QLabel(HandoverDebtPage)
        self.agreedRateError.setObjectName(u"agreedRateError")
        self.agreedRateError.setStyleSheet(u"color:#b91c1c;")
        self.agreedRateError.setWordWrap(True)

        self.agreedRateBox.addWidget(self.agreedRateError)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.agreedRateBox)

        self.originalLabel = QLabel(HandoverDebtPage)
        self.originalLabel.setObjectName(u"originalLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.originalLabel)

        self.originalBox = QVBoxLayout()
        self.originalBox.setSpacing(1)
        self.originalBox.setObjectName(u"originalBox")
        self.originalInput = QLineEdit(HandoverDebtPage)
        self.originalInput.setObjectName(u"originalInput")

        self.originalBox.addWidget(self.originalInput)

        self.originalError = QLabel(HandoverDebtPage)
        self.originalError.setObjectName(u"originalError")
        self.originalError.setStyleSheet(u"color:#b91c1c;")
        self.originalError.setWordWrap(True)

        self.originalBox.addWidget(self.originalError)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.originalBox)

        self.summaryLabel = QLabel(HandoverDebtPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryBox = QVBoxLayout()
        self.summaryBox.setSpacing(1)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryInput = QPlainTextEdit(HandoverDebtPage)
        self.summaryInput.setObjectName(u"summaryInput")
        self.summaryInput.setMaximumSize(QSize(16777215, 70))

        self.summaryBox.addWidget(self.summaryInput)

        self.summaryError = QLabel(HandoverDebtPage)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setStyleSheet(u"color:#b91c1c;")
        self.summaryError.setWordWrap(True)

        self.summaryBox.addWidget(self.summaryError)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.summaryBox)

        self.formSpacer = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.form.setItem(8, QFormLayout.ItemRole.SpanningRole, self.formSpacer)

#if QT_CONFIG(shortcut)
        self.capitalLabel.setBuddy(self.capitalInput)
        self.dueDateLabel.setBuddy(self.dueDateInput)
        self.titleTypeLabel.setBuddy(self.titleTypeInput)
        self.titleNumberLabel.setBuddy(self.titleNumberInput)
        self.issueDateLabel.setBuddy(self.issueDateInput)
        self.agreedRateLabel.setBuddy(self.agreedRateInput)
        self.originalLabel.setBuddy(self.originalInput)
        self.summaryLabel.setBuddy(self.summaryInput)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.capitalInput, self.dueDateInput)
        QWidget.setTabOrder(self.dueDateInput, self.titleTypeInput)
        QWidget.setTabOrder(self.titleTypeInput, self.titleNumberInput)
        QWidget.setTabOrder(self.titleNumberInput, self.issueDateInput)
        QWidget.setTabOrder(self.issueDateInput, self.agreedRateInput)
        QWidget.setTabOrder(self.agreedRateInput, self.originalInput)
        QWidget.setTabOrder(self.originalInput, self.summaryInput)

        self.retranslateUi(HandoverDebtPage)

        QMetaObject.connectSlotsByName(HandoverDebtPage)
    # setupUi

    def retranslateUi(self, HandoverDebtPage):
        HandoverDebtPage.setTitle(QCoreApplication.translate("HandoverDebtPage", u"Deuda y t\u00edtulo", None))
        HandoverDebtPage.setSubTitle(QCoreApplication.translate("HandoverDebtPage", u"Capital adeudado y datos del t\u00edtulo ejecutivo.", None))
        self.capitalLabel.setText(QCoreApplication.translate("HandoverDebtPage", u"&Capital *", None))
        self.dueDateLabel.setText(QCoreApplication.translate("HandoverDebtPage", u"Fecha de &vencimiento *", None))
        self.titleTypeLabel.setText(QCoreApplication.translate("HandoverDebtPage", u"&Tipo de t\u00edtulo *", None))
        self.titleNumberLabel.setText(QCoreApplication.translate("HandoverDebtPage", u"N\u00fa&mero del t\u00edtulo", None))
        self.issueDateLabel.setText(QCoreApplication.translate("HandoverDebtPage", u"Fecha de &emisi\u00f3n", None))
        self.agreedRateLabel.setText(QCoreApplication.translate("HandoverDebtPage", u"Tasa moratoria &pactada (% EA)", None))
        self.originalLabel.setText(QCoreApplication.translate("HandoverDebtPage", u"&D\u00f3nde est\u00e1 el original", None))
        self.summaryLabel.setText(QCoreApplication.translate("HandoverDebtPage", u"&Resumen del cobro prejur\u00eddico", None))
    # retranslateUi

