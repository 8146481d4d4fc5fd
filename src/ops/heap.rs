//! How the C heap (glibc on Linux) keeps memory: two settings that keep
//! the resident memory of a long batch and of a large workspace flat. Other
//! systems' allocators need neither; there these do nothing.

#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod glibc {
    unsafe extern "C" {
        pub fn mallopt(param: i32, value: i32) -> i32;
        pub fn malloc_trim(pad: usize) -> i32;
    }
    /// `M_MMAP_THRESHOLD` in <malloc.h>.
    pub const M_MMAP_THRESHOLD: i32 = -3;
    /// Blocks at least this big get their own pages, given back when freed.
    /// Above the deflate compressor's state (about 330 kB, one block per
    /// document written): below, each document mapped and faulted in a
    /// fresh third of a megabyte, a fifth of a batch's time in the kernel.
    pub const MMAP_THRESHOLD: i32 = 1024 * 1024;
}

/// Keep the heap from growing with the number of documents written. glibc
/// raises its threshold for own-page blocks each time one is freed (up to
/// 32 MB), after which ever larger buffers are carved from the heap and
/// leave it fragmented: `render --all` of 2,912 branches peaked at 106 MB
/// instead of about 15 MB. A fixed threshold stops that; the buffers a
/// document needs (its XML, kept per thread, its zip, the compressor) stay
/// under it and are reused from the heap.
pub fn bound_for_batch() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt takes two plain integers and only changes a setting
    // of the allocator; it is safe to call at any time from any thread.
    unsafe {
        glibc::mallopt(glibc::M_MMAP_THRESHOLD, glibc::MMAP_THRESHOLD);
    }
}

/// Give back to the system the free memory the heap still holds (after a
/// workspace's files were parsed on several threads, each with its arena).
pub fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim takes a plain size and only returns free pages.
    unsafe {
        glibc::malloc_trim(0);
    }
}
