import { useEffect, useState } from 'preact/hooks';
import { COLLECTOR_URL, deliveryStatus, onOutboxChange, submitResult } from '../../client/outbox.ts';
import { deliveryText, type Delivery } from '../../lib/results/outbox.ts';

/**
 * The results collector's state of one code for its code screen: queues and sends the code when
 * the screen appears (once: the outbox ignores a code it already knows), then follows the outbox.
 * Null when the site has no collector configured.
 */
export function useDelivery(code: string, quizId: string): { delivery: Delivery; text: string } | null {
  const [status, setStatus] = useState(() => (COLLECTOR_URL ? deliveryStatus(code) : null));
  useEffect(() => {
    if (!COLLECTOR_URL) return;
    const update = () => setStatus(deliveryStatus(code));
    const stop = onOutboxChange(update);
    submitResult(code, quizId);
    update();
    return stop;
  }, [code, quizId]);
  return status ? { delivery: status.delivery, text: deliveryText(status.delivery, status.sending) } : null;
}
