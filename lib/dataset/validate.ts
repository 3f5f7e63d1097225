// placeholder: replaced by the dataset work
export async function assertValidDataset(): Promise<void> {}
