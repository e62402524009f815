/*
 * Not C to check: the SARIF tests' validator must reject what the
 * published schema rejects, or the tests that rely on it prove nothing.
 * A log of leak-goto-skip.c with an unknown level and no version.
 */

/*
 * check-name: tests/sarif/validate rejects a log the SARIF 2.1.0 schema rejects
 * check-frontend: sparse
 * check-command: gupcheck -Iinclude --sarif=$tmpdir/a.sarif leak-goto-skip.c 2>/dev/null; v=$PWD/../sarif/validate; cd $tmpdir && sed 's/"level":"error"/"level":"severe"/; s/"version":"2.1.0",//' a.sarif > b.sarif && $v a.sarif && $v b.sarif
 * check-exit-value: 1
 *
 * check-output-start
b.sarif: runs/0/tool/driver/rules/2/defaultConfiguration/level: 'severe' is not one of ['none', 'note', 'warning', 'error']
b.sarif: runs/0/tool/driver/rules/3/defaultConfiguration/level: 'severe' is not one of ['none', 'note', 'warning', 'error']
b.sarif: runs/0/tool/driver/rules/4/defaultConfiguration/level: 'severe' is not one of ['none', 'note', 'warning', 'error']
b.sarif: runs/0/tool/driver/rules/5/defaultConfiguration/level: 'severe' is not one of ['none', 'note', 'warning', 'error']
b.sarif: runs/0/tool/driver/rules/6/defaultConfiguration/level: 'severe' is not one of ['none', 'note', 'warning', 'error']
b.sarif: runs/0/results/0/level: 'severe' is not one of ['none', 'note', 'warning', 'error']
b.sarif: : 'version' is a required property
 * check-output-end
 */
