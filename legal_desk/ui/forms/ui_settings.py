# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(560, 440)
        self.verticalLayout = QVBoxLayout(SettingsDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QFormLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.languageLabel = QLabel(self.generalTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.generalTab)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.languageNote)

        self.tabs.addTab(self.generalTab, "")
        self.databaseTab = QWidget()
        self.databaseTab.setObjectName(u"databaseTab")
        self.databaseLayout = QFormLayout(self.databaseTab)
        self.databaseLayout.setObjectName(u"databaseLayout")
        self.kindLabel = QLabel(self.databaseTab)
        self.kindLabel.setObjectName(u"kindLabel")

        self.databaseLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.databaseTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.databaseLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.dbLabel = QLabel(self.databaseTab)
        self.dbLabel.setObjectName(u"dbLabel")

        self.databaseLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dbLabel)

        self.dbRow = QHBoxLayout()
        self.dbRow.setObjectName(u"dbRow")
        self.dbEdit = QLineEdit(self.databaseTab)
        self.dbEdit.setObjectName(u"dbEdit")

        self.dbRow.addWidget(self.dbEdit)

        self.dbBrowseButton = QPushButton(self.databaseTab)
        self.dbBrowseButton.setObjectName(u"dbBrowseButton")

        self.dbRow.addWidget(self.dbBrowseButton)


        self.databaseLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dbRow)

        self.storeLabel = QLabel(self.databaseTab)
        self.storeLabel.setObjectName(u"storeLabel")

        self.databaseLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.storeLabel)

        self.storeRow = QHBoxLayout()
        self.storeRow.setObjectName(u"storeRow")
        self.storeEdit = QLineEdit(self.databaseTab)
        self.storeEdit.setObjectName(u"storeEdit")

        self.storeRow.addWidget(self.storeEdit)

        self.storeBrowseButton = QPushButton(self.databaseTab)
        self.storeBrowseButton.setObjectName(u"storeBrowseButton")

        self.storeRow.addWidget(self.storeBrowseButton)


        self.databaseLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.storeRow)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testButton = QPushButton(self.databaseTab)
        self.testButton.setObjectName(u"testButton")

        self.testRow.addWidget(self.testButton)

        self.testResultLabel = QLabel(self.databaseTab)
        self.testResultLabel.setObjectName(u"testResultLabel")
        self.testResultLabel.setWordWrap(True)

        self.testRow.addWidget(self.testResultLabel)


        self.databaseLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.testRow)

        self.restartNote = QLabel(self.databaseTab)
        self.restartNote.setObjectName(u"restartNote")
        self.restartNote.setWordWrap(True)

        self.databaseLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.restartNote)

        self.tabs.addTab(self.databaseTab, "")
        self.calendarTab = QWidget()
        self.calendarTab.setObjectName(u"calendarTab")
        self.calendarLayout = QVBoxLayout(self.calendarTab)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.holyWeekCheck = QCheckBox(self.calendarTab)
        self.holyWeekCheck.setObjectName(u"holyWeekCheck")

        self.calendarLayout.addWidget(self.holyWeekCheck)

        self.ramaDayCheck = QCheckBox(self.calendarTab)
        self.ramaDayCheck.setObjectName(u"ramaDayCheck")

        self.calendarLayout.addWidget(self.ramaDayCheck)

        self.extendCheck = QCheckBox(self.calendarTab)
        self.extendCheck.setObjectName(u"extendCheck")

        self.calendarLayout.addWidget(self.extendCheck)

        self.nextDayCheck = QCheckBox(self.calendarTab)
        self.nextDayCheck.setObjectName(u"nextDayCheck")

        self.calendarLayout.addWidget(self.nextDayCheck)

        self.calendarNote = QLabel(self.calendarTab)
        self.calendarNote.setObjectName(u"calendarNote")
        self.calendarNote.setWordWrap(True)

        self.calendarLayout.addWidget(self.calendarNote)

        self.calendarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.calendarLayout.addItem(self.calendarSpacer)

        self.tabs.addTab(self.calendarTab, "")

        self.verticalLayout.addWidget(self.tabs)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dbLabel.setBuddy(self.dbEdit)
        self.storeLabel.setBuddy(self.storeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Configuraci\u00f3n", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Idioma:", None))
        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"El idioma se aplica de inmediato a la ventana principal.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"General", None))
        self.kindLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Tipo:", None))
        self.dbLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Archivo o URL:", None))
        self.dbBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"Examinar\u2026", None))
        self.storeLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Carpeta de archivos:", None))
        self.storeBrowseButton.setText(QCoreApplication.translate("SettingsDialog", u"Examinar\u2026", None))
        self.testButton.setText(QCoreApplication.translate("SettingsDialog", u"Probar conexi\u00f3n", None))
        self.testResultLabel.setText("")
        self.restartNote.setText(QCoreApplication.translate("SettingsDialog", u"Los cambios de base de datos y carpeta se aplican al reiniciar legal_desk.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.databaseTab), QCoreApplication.translate("SettingsDialog", u"Base de datos", None))
        self.holyWeekCheck.setText(QCoreApplication.translate("SettingsDialog", u"Semana Santa (lunes a mi\u00e9rcoles) sin despacho", None))
        self.ramaDayCheck.setText(QCoreApplication.translate("SettingsDialog", u"17 de diciembre, D\u00eda de la Rama Judicial, sin despacho", None))
        self.extendCheck.setText(QCoreApplication.translate("SettingsDialog", u"T\u00e9rminos en meses o a\u00f1os que vencen en d\u00eda inh\u00e1bil se corren al siguiente h\u00e1bil", None))
        self.nextDayCheck.setText(QCoreApplication.translate("SettingsDialog", u"T\u00e9rminos en meses o a\u00f1os contados desde el d\u00eda siguiente al evento (CGP art. 118)", None))
        self.calendarNote.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.calendarTab), QCoreApplication.translate("SettingsDialog", u"Calendario judicial", None))
    # retranslateUi

