// Placeholder entry of the task pane (replaced by the task pane work).
export {};
