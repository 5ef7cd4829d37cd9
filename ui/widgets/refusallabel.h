#pragma once

class QLabel;
class QWidget;

// The line a page shows under its fields when validatePage() refuses to go on: hidden until there is a
// reason, red and bold so it reads as the blocking problem (warnings use their own, amber style).
QLabel *createRefusalLabel(QWidget *parent);
