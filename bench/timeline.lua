-- What both workloads' scripts share: the pre-roll ad break their sessions open with, the sessionStart body, and
-- how a timeline becomes request bodies. Used as: local t = dofile("bench/timeline.lua")
local T0 = 1700000000000
local M = {}

-- { eventType, second on the action timeline, playhead, extra JSON or nil, the same as Media Edge mediaCollection
-- fields or nil }: one ad in a pre-roll, then play
M.preRoll = {
  { "adBreakStart", 0, 0, '"params":{"media.ad.podFriendlyName":"pre-roll","media.ad.podIndex":0,"media.ad.podSecond":0}',
    '"advertisingPodDetails":{"friendlyName":"pre-roll","index":0,"offset":0}' },
  { "adStart", 0, 0, '"params":{"media.ad.name":"Ad 1","media.ad.id":"001","media.ad.length":15,"media.ad.podPosition":1,"media.ad.playerName":"bench"}',
    '"advertisingDetails":{"friendlyName":"Ad 1","name":"001","length":15,"podPosition":1,"playerName":"bench"}' },
  { "ping", 10, 0 },
  { "adComplete", 15, 0 },
  { "adBreakComplete", 15, 0 },
  { "play", 15, 0 },
}

-- The sessionStart body of a file (shared with bench/run's start-up probe), trailing whitespace removed.
function M.sessionStart(path)
  local file = assert(io.open(path), "run wrk from the repository's top folder")
  local body = file:read("*a"):gsub("%s+$", "")
  file:close()
  return body
end

local function isoTime(ms)
  return os.date("!%Y-%m-%dT%H:%M:%S", math.floor(ms / 1000)) .. string.format(".%03dZ", ms % 1000)
end

-- Bodies are built once; only the path carries the sid. Sibling events are a millisecond apart, as a correct
-- player keeps them. With edge true they are Media Edge API bodies ({"events":[{"xdm":...}]}), which carry the
-- sid themselves: each body is then the text before the sid, and the second list holds the text after it.
function M.bodies(timeline, edge)
  local bodies, tails = {}, {}
  for i, step in ipairs(timeline) do
    local ts = T0 + step[2] * 1000 + i
    if edge then
      bodies[i] = '{"events":[{"xdm":{"eventType":"media.' .. step[1] .. '","timestamp":"' .. isoTime(ts)
        .. '","mediaCollection":{"playhead":' .. step[3] .. ',"sessionID":"'
      tails[i] = '"' .. (step[5] and (',' .. step[5]) or '') .. '}}}]}'
    else
      local body = '{"eventType":"' .. step[1] .. '","playerTime":{"playhead":' .. step[3] .. ',"ts":' .. ts .. '}'
      if step[4] then body = body .. ',' .. step[4] end
      bodies[i] = body .. '}'
    end
  end
  return bodies, tails
end

return M
