/* The fixture tree's mm.h: the 6.1 API of the checker's fixtures. */
#include "../../../../checker/include/linux-6.1/mm.h"
