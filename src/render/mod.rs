//! Render: print a report.
