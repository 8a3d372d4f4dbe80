/** Said above a long comparison's list, which draws only the rows near the screen. */
export function WindowedNote() {
  return (
    <p className="windowed-note">
      A long comparison: only the clauses near the screen are drawn, so the browser’s find (Ctrl+F) and printing this
      page see only them. “Search the comparison” searches them all, and “Print report” prints them all.
    </p>
  )
}
