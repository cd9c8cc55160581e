/** Focuses a chart node's element once React Flow has rendered it. */
export function focusNode(id: string) {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus();
  });
}
