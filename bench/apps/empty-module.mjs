// The floor of the import-cost table: what one `import()` of a module costs Node itself.
export {};
