/** Tests of the customer reply: its templates, and replies read like the tickets they answer. */
package dev.mxbot.reply;
