/** The wallet's icon as a data URL (EIP-6963 info.icon, WBIP004 provider icon). */
export const RINGFENCE_ICON =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Ccircle cx='16' cy='16' r='11' fill='none' stroke='%232b6cb0' stroke-width='5'/%3E%3C/svg%3E";
