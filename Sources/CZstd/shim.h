// Zstandard (Debian's libzstd-dev), for the zstd-compressed collection inside an .apkg.
#ifndef RECALL_CZSTD_SHIM_H
#define RECALL_CZSTD_SHIM_H

#include <zstd.h>

#endif
