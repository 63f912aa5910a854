// An empty start-up module: see index.ts.
