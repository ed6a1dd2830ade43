# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover_summary_page.ui'
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
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QTextBrowser,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_HandoverSummaryPage(object):
    def setupUi(self, HandoverSummaryPage):
        if not HandoverSummaryPage.objectName():
            HandoverSummaryPage.setObjectName(u"HandoverSummaryPage")
        HandoverSummaryPage.resize(780, 480)
        self.layout = QVBoxLayout(HandoverSummaryPage)
        self.layout.setObjectName(u"layout")
        self.browser = QTextBrowser(HandoverSummaryPage)
        self.browser.setObjectName(u"browser")

        self.layout.addWidget(self.browser)

        self.error = QLabel(HandoverSummaryPage)
        self.error.setObjectName(u"error")
        self.error.setStyleSheet(u"color:#b91c1c; font-weight:bold;")
        self.error.setWordWrap(True)

        self.layout.addWidget(self.error)

        self.layout.setStretch(0, 1)

        self.retranslateUi(HandoverSummaryPage)

        QMetaObject.connectSlotsByName(HandoverSummaryPage)
    # setupUi

    def retranslateUi(self, HandoverSummaryPage):
        HandoverSummaryPage.setTitle(QCoreApplication.translate("HandoverSummaryPage", u"Resumen y confirmaci\u00f3n", None))
        HandoverSummaryPage.setSubTitle(QCoreApplication.translate("HandoverSummaryPage", u"Revise los datos; al finalizar el expediente queda entregado a jur\u00eddico.", None))
    # retranslateUi

