/**
 * Visible waits (issue 11): grey bars where text is coming, so a slow ring or RPC never shows a
 * blank. The list carries aria-busy and a status says what is being read; the shimmer stops under
 * prefers-reduced-motion (tokens.css).
 *
 *   <SkeletonRows rows={3} label={t('portfolioReadingBalances')} />
 */
export function SkeletonBar({ width = '60%', height = 12 }: { width?: string; height?: number }) {
  return <span className="skeleton" style={{ width, height }} aria-hidden="true" />;
}

export function SkeletonRows({ rows, label }: { rows: number; label: string }) {
  return (
    <div className="skeleton-rows" aria-busy="true">
      <span role="status" className="visually-hidden">
        {label}
      </span>
      {Array.from({ length: rows }, (_, at) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders with no identity of their own.
        <div key={at} className="skeleton-row" aria-hidden="true">
          <span className="skeleton round" />
          <span className="skeleton-lines">
            <SkeletonBar width={`${55 - at * 8}%`} />
            <SkeletonBar width="35%" height={10} />
          </span>
          <SkeletonBar width="18%" />
        </div>
      ))}
    </div>
  );
}
