/*
 * Smoke-test helper: keep a file open the way Microsoft Word keeps an open
 * document (read/write access, others may only read: no FILE_SHARE_WRITE,
 * no FILE_SHARE_DELETE), so the test can check what daihoi.exe does when it
 * must replace that file.
 *
 * Usage: holdopen.exe FILE READY RELEASE SECONDS
 *   opens FILE, creates the file READY, then waits until the file RELEASE
 *   exists (or SECONDS pass), closes FILE and exits 0. Exit 1 if FILE
 *   cannot be opened.
 *
 * Build: x86_64-w64-mingw32-gcc -municode -O2 -o holdopen.exe holdopen.c
 */
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

int wmain(int argc, wchar_t **argv)
{
    if (argc != 5) {
        fwprintf(stderr, L"usage: holdopen FILE READY RELEASE SECONDS\n");
        return 2;
    }
    HANDLE held = CreateFileW(argv[1], GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, NULL,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (held == INVALID_HANDLE_VALUE) {
        fwprintf(stderr, L"holdopen: cannot open %ls (error %lu)\n", argv[1], GetLastError());
        return 1;
    }
    HANDLE ready = CreateFileW(argv[2], GENERIC_WRITE, 0, NULL, CREATE_ALWAYS,
                               FILE_ATTRIBUTE_NORMAL, NULL);
    if (ready != INVALID_HANDLE_VALUE) {
        CloseHandle(ready);
    }
    long seconds = wcstol(argv[4], NULL, 10);
    for (long waited = 0; waited < seconds * 10; waited++) {
        if (GetFileAttributesW(argv[3]) != INVALID_FILE_ATTRIBUTES) {
            break;
        }
        Sleep(100);
    }
    CloseHandle(held);
    return 0;
}
