" gouji: a first colouring of 政府信息公开工作年度报告 for Neovim 0.7+ (and Vim).
" The server's semantic tokens (Neovim 0.9+) are exact and take precedence where a colour scheme has them.
if exists('b:current_syntax')
  finish
endif

" Later matches win where two start at the same place: the wider ones come last.
syntax match goujiNumber /\%([0-9０-９.．]\)\@<![0-9０-９]\+\%([.．][0-9０-９]\+\)\=\%([0-9０-９]\)\@!/
syntax match goujiDate /[0-9０-９]\{4}年\%([0-9０-９]\{1,2}月\%([0-9０-９]\{1,2}日\)\=\)\=/
syntax match goujiStatute /《[^《》]\{1,80}》/
syntax match goujiCitation /第[一二三四五六七八九十百零〇⼀⼆⼗⼋]\{1,5}条\%(第[一二三四五六七八九十⼀⼆⼗⼋]\{1,3}款\)\=\%(第\=（[一二三四五六七八九十⼀⼆⼗⼋]\{1,3}）项\)\=/
syntax match goujiLeftover /\[\%(image\|bookmark\|table\|footnote\)[^\]]*\]/
syntax match goujiHeading /^\s*[一二三四五六⼀⼆]、\%(总体情况\|主动公开政府信息情况\|收到和处理政府信息公开申请情况\|政府信息公开行政复议、行政诉讼情况\|存在的主要问题及改进情况\|其他需要报告的事项\)\s*$/
syntax match goujiTitle /^.*政府信息公开.\{0,2}年度报告\s*$/

highlight default link goujiTitle Title
highlight default link goujiHeading Title
highlight default link goujiCitation Underlined
highlight default link goujiStatute String
highlight default link goujiDate Constant
highlight default link goujiNumber Number
highlight default link goujiLeftover Error

let b:current_syntax = 'gouji'
