#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| claimdiff_fuzz::compare_texts(data));
