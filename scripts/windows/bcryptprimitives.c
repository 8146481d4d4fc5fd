/*
 * Stand-in for Windows' bcryptprimitives.dll, for running daihoi.exe under
 * Wine 8 in the smoke test only (never shipped: every Windows 10/11 PC has
 * the real one).
 *
 * Rust's standard library takes its random numbers (HashMap seeds) from
 * ProcessPrng in bcryptprimitives.dll, which Wine 8 does not provide, so the
 * .exe would not even load. This DLL exports ProcessPrng and fills the
 * buffer from RtlGenRandom (exported by advapi32 as SystemFunction036),
 * which Wine implements over the host's random source.
 *
 * Build: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll \
 *          bcryptprimitives.c -ladvapi32
 */
#include <windows.h>

/* RtlGenRandom; declared here because its header needs special defines. */
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

/* Same contract as the real one: fill `data` with `len` random bytes;
 * returns TRUE (the real function never fails). RtlGenRandom takes a ULONG
 * length, so larger requests are served in pieces. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG piece = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, piece)) {
            return FALSE;
        }
        data += piece;
        len -= piece;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE inst, DWORD reason, LPVOID reserved)
{
    (void)inst;
    (void)reason;
    (void)reserved;
    return TRUE;
}
