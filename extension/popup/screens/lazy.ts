/**
 * Screens the popup does not need for its first picture (Welcome, Unlock and Home stay eager),
 * each in its own chunk, loaded when first opened (React.lazy; App.tsx wraps the screens in
 * Suspense). Keeps their code and dependencies (qr, guardian envelopes, send forms …) out of the
 * bytes parsed on every popup open. Same names as the modules' exports, so App.tsx reads as before.
 */
import { lazy } from 'react';

export const Activity = lazy(() => import('./Activity').then((m) => ({ default: m.Activity })));
export const AuditLog = lazy(() => import('./AuditLog').then((m) => ({ default: m.AuditLog })));
export const ConnectedSites = lazy(() =>
  import('./ConnectedSites').then((m) => ({ default: m.ConnectedSites })),
);
export const CreateWallet = lazy(() => import('./CreateWallet').then((m) => ({ default: m.CreateWallet })));
export const ImportAccount = lazy(() =>
  import('./ImportAccount').then((m) => ({ default: m.ImportAccount })),
);
export const ImportWallet = lazy(() => import('./ImportWallet').then((m) => ({ default: m.ImportWallet })));
export const Receive = lazy(() => import('./Receive').then((m) => ({ default: m.Receive })));
export const Send = lazy(() => import('./Send').then((m) => ({ default: m.Send })));
export const Settings = lazy(() => import('./Settings').then((m) => ({ default: m.Settings })));
export const BeAGuardian = lazy(() =>
  import('./guardians/BeAGuardian').then((m) => ({ default: m.BeAGuardian })),
);
export const CheckGuardian = lazy(() =>
  import('./guardians/CheckGuardian').then((m) => ({ default: m.CheckGuardian })),
);
export const GuardianInbox = lazy(() =>
  import('./guardians/GuardianInbox').then((m) => ({ default: m.GuardianInbox })),
);
export const Guardians = lazy(() => import('./guardians/Guardians').then((m) => ({ default: m.Guardians })));
export const RecoverWithGuardians = lazy(() =>
  import('./guardians/RecoverWithGuardians').then((m) => ({ default: m.RecoverWithGuardians })),
);
export const SetUpGuardians = lazy(() =>
  import('./guardians/SetUpGuardians').then((m) => ({ default: m.SetUpGuardians })),
);
export const Rules = lazy(() => import('./rules/Rules').then((m) => ({ default: m.Rules })));
export const AddressBook = lazy(() => import('./AddressBook').then((m) => ({ default: m.AddressBook })));
