// Nothing to import: this target only supplies the entry point SwiftPM links as `main`.
#pragma once
