#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| claimdiff_fuzz::analyse_text(data));
