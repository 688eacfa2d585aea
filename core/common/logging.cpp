#include "core/common/logging.h"

Q_LOGGING_CATEGORY(lcApp, "wb.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHttp, "wb.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "wb.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTls, "wb.tls", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "wb.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWorkspace, "wb.workspace", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInterchange, "wb.interchange", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "wb.ui", QtInfoMsg)
