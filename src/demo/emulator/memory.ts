/**
 * What a tenant remembers between requests (codes it issued, device codes waiting for approval, MFA transactions,
 * refresh tokens): one object per running tenant, held by its host (the e2e server, the demo). Each flow keeps its
 * own slot in it, so adding a flow adds a module, not a field here.
 */
export type TenantMemory = object;

/** A flow's own slot in a tenant's memory, made on first use. */
export function memorySlot<T>(make: () => T): (memory: TenantMemory) => T {
  const slots = new WeakMap<TenantMemory, T>();
  return (memory) => {
    let slot = slots.get(memory);
    if (slot === undefined) {
      slot = make();
      slots.set(memory, slot);
    }
    return slot;
  };
}

/** An unguessable value for codes and handles the tenant issues. */
export function randomHandle(bytes = 24): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '');
}
