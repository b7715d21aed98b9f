// Placeholder entry of the custom functions (replaced by the custom functions work).
export {};
