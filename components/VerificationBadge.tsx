import type { Verification } from '~/lib/dataset/schema';
import type { Strings } from '~/lib/panel/strings';

/** The verification level in plain words, with the facts' own note on hover and for screen readers. */
export function VerificationBadge({ verification, t }: { verification: Verification; t: Strings }) {
  return (
    <span className={`verification verification-${verification.level}`} title={verification.note}>
      {t[verification.level]}
      <span className="visually-hidden">: {verification.note}</span>
    </span>
  );
}
