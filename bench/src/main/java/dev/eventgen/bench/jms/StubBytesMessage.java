package dev.eventgen.bench.jms;

import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageEOFException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageNotWriteableException;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * A received bytes message in read-only mode, reading its body like a provider does: from a
 * position that {@link #reset()} rewinds. Not thread-safe, like the JMS objects it stands for.
 */
final class StubBytesMessage extends StubMessage implements BytesMessage {

  private static final String READ_ONLY = "a received stub message is read-only";

  private final byte[] body;
  private final ByteBuffer buffer;

  StubBytesMessage(
      Destination destination,
      String messageId,
      String correlationId,
      String type,
      long timestamp,
      Map<String, Object> properties,
      byte[] body) {
    super(destination, messageId, correlationId, type, timestamp, properties);
    this.body = body.clone();
    this.buffer = ByteBuffer.wrap(this.body);
  }

  @Override
  public long getBodyLength() {
    return body.length;
  }

  @Override
  public void reset() {
    buffer.rewind();
  }

  @Override
  public int readBytes(byte[] value) {
    return readBytes(value, value.length);
  }

  @Override
  public int readBytes(byte[] value, int length) {
    if (!buffer.hasRemaining()) {
      return -1;
    }
    int count = Math.min(Math.min(length, value.length), buffer.remaining());
    buffer.get(value, 0, count);
    return count;
  }

  @Override
  public String readUTF() throws JMSException {
    throw new MessageFormatException("readUTF is not stubbed");
  }

  @Override
  public void writeBytes(byte[] value, int offset, int length) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public boolean readBoolean() throws JMSException {
    checkAvailable(1);
    return buffer.get() != 0;
  }

  @Override
  public byte readByte() throws JMSException {
    checkAvailable(1);
    return buffer.get();
  }

  @Override
  public int readUnsignedByte() throws JMSException {
    checkAvailable(1);
    return Byte.toUnsignedInt(buffer.get());
  }

  @Override
  public short readShort() throws JMSException {
    checkAvailable(2);
    return buffer.getShort();
  }

  @Override
  public int readUnsignedShort() throws JMSException {
    checkAvailable(2);
    return Short.toUnsignedInt(buffer.getShort());
  }

  @Override
  public char readChar() throws JMSException {
    checkAvailable(2);
    return buffer.getChar();
  }

  @Override
  public int readInt() throws JMSException {
    checkAvailable(4);
    return buffer.getInt();
  }

  @Override
  public long readLong() throws JMSException {
    checkAvailable(8);
    return buffer.getLong();
  }

  @Override
  public float readFloat() throws JMSException {
    checkAvailable(4);
    return buffer.getFloat();
  }

  @Override
  public double readDouble() throws JMSException {
    checkAvailable(8);
    return buffer.getDouble();
  }

  @Override
  public void writeBoolean(boolean value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public void writeByte(byte value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public void writeShort(short value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public void writeChar(char value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public void writeInt(int value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public void writeLong(long value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public void writeFloat(float value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public void writeDouble(double value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public void writeUTF(String value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public void writeBytes(byte[] value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  @Override
  public void writeObject(Object value) throws JMSException {
    throw new MessageNotWriteableException(READ_ONLY);
  }

  private void checkAvailable(int bytes) throws MessageEOFException {
    if (buffer.remaining() < bytes) {
      throw new MessageEOFException("end of the body");
    }
  }
}
