// Placeholder entry of the standalone page (replaced by the browser page work).
export {};
